/// How a classifier's strength of evidence becomes a confidence a reader can take at its
/// word: a monotone, piecewise-linear map onto the share of labels that were right at that
/// strength, measured on labelled policies.
public struct ConfidenceCalibration: Sendable, Equatable {
    public struct Point: Sendable, Equatable {
        public let strength: Double
        public let accuracy: Double
        public init(strength: Double, accuracy: Double) {
            self.strength = strength
            self.accuracy = accuracy
        }
    }

    public let points: [Point]

    public init(points: [Point]) { self.points = points }

    /// The map set by hand on the corpus gold files (493 sections, 14 languages), used when
    /// no learned calibration is given.
    public static let builtIn = ConfidenceCalibration(points: [(0, 0.05), (0.3, 0.6), (0.5, 0.8), (0.7, 0.95), (0.9, 0.99), (1, 0.99)]
        .map { Point(strength: $0.0, accuracy: $0.1) })

    /// The confidence for a strength, to two decimals.
    public func confidence(_ strength: Double) -> Double {
        (value(at: strength) * 100).rounded() / 100
    }

    func value(at strength: Double) -> Double {
        guard let first = points.first, let last = points.last else { return 0 }
        guard strength > first.strength else { return first.accuracy }
        for (low, high) in zip(points, points.dropFirst()) where strength <= high.strength {
            return low.accuracy + (strength - low.strength) / (high.strength - low.strength) * (high.accuracy - low.accuracy)
        }
        return last.accuracy
    }

    /// Fits the map to labelled outcomes (strength, right): isotonic regression (pooling
    /// adjacent groups until the share right rises with strength), then one point at the mean
    /// strength of each pooled group, with the ends held at 0 and 1. Shares are kept within
    /// 0.05...0.99: no label is certain, and none is worthless.
    public static func fit(_ outcomes: [(strength: Double, right: Bool)]) -> ConfidenceCalibration? {
        guard outcomes.count >= 50 else { return nil }
        // Outcomes in bands of 0.05 first: a map with a step at every observed strength
        // would follow the sample's noise.
        var bands: [Int: (strengthSum: Double, right: Double, count: Double)] = [:]
        for outcome in outcomes {
            let band = min(19, Int(outcome.strength * 20))
            let known = bands[band, default: (0, 0, 0)]
            bands[band] = (known.strengthSum + outcome.strength, known.right + (outcome.right ? 1 : 0), known.count + 1)
        }
        // Pool adjacent violators; strength becomes the pooled outcomes' mean.
        var pooled: [(strengthSum: Double, right: Double, count: Double)] = []
        for band in bands.keys.sorted() {
            pooled.append(bands[band]!)
            while pooled.count >= 2 {
                let last = pooled[pooled.count - 1], previous = pooled[pooled.count - 2]
                guard previous.right / previous.count >= last.right / last.count else { break }
                pooled.removeLast(2)
                pooled.append((previous.strengthSum + last.strengthSum, previous.right + last.right, previous.count + last.count))
            }
        }
        func clamp(_ value: Double) -> Double { min(0.99, max(0.05, value)) }
        var points: [Point] = []
        for group in pooled {
            let point = Point(strength: group.strengthSum / group.count, accuracy: clamp(group.right / group.count))
            if let last = points.last, point.strength - last.strength < 0.01 { continue }
            points.append(point)
        }
        guard let first = points.first, let last = points.last else { return nil }
        if first.strength > 0 { points.insert(Point(strength: 0, accuracy: first.accuracy), at: 0) }
        if last.strength < 1 { points.append(Point(strength: 1, accuracy: last.accuracy)) }
        // Two decimals, as learned.txt writes them; a point that no longer rises is dropped.
        var rounded: [Point] = []
        for point in points {
            let strength = (point.strength * 100).rounded() / 100, accuracy = (point.accuracy * 100).rounded() / 100
            if let last = rounded.last, strength <= last.strength || accuracy < last.accuracy { continue }
            rounded.append(Point(strength: strength, accuracy: accuracy))
        }
        return rounded.count >= 2 ? ConfidenceCalibration(points: rounded) : nil
    }
}
