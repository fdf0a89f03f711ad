/// The canonical duration units facts are compared in.
public enum DurationUnits {
    public static let canonical: Set<String> = ["year", "month", "week", "day", "business-day", "hour", "minute"]
}
