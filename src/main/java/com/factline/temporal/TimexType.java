package com.factline.temporal;

/** TIMEX3 {@code type} attribute values. */
public enum TimexType {
    DATE, TIME, DURATION, SET
}
