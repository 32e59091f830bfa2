package com.factline.timeline;

import java.util.List;

/** The marks the axis draws (at most the cap asked for) and how many more dates the filter matches. */
public record AxisMarks(List<AxisMark> marks, int hidden) {
}
