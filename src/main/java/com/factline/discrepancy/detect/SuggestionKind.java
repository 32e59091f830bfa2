package com.factline.discrepancy.detect;

public enum SuggestionKind { DATE, NUMBER, NAME, QUOTE, DESCRIPTION }
