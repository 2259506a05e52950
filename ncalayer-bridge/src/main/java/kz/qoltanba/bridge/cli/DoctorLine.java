package kz.qoltanba.bridge.cli;

/** One finding of {@code doctor}: OK, or a sentence saying how to fix it. */
record DoctorLine(String topic, boolean ok, String text) {
    static DoctorLine ok(String topic, String text) {
        return new DoctorLine(topic, true, text);
    }

    static DoctorLine fix(String topic, String text) {
        return new DoctorLine(topic, false, text);
    }

    @Override
    public String toString() {
        return (ok ? "OK   " : "FIX  ") + topic + ": " + text;
    }
}
