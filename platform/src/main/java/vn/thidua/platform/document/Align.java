package vn.thidua.platform.document;

/** How a paragraph or a table column lines up; JUSTIFY is the body text of an official document. */
public enum Align {
    CENTER, JUSTIFY, LEFT
}
