/// A small seeded random generator (SplitMix64), so that the sample is the same on every run
/// and every platform: `SystemRandomNumberGenerator` is never used, nor Foundation's shuffles.
struct SampleRandom {
    private var state: UInt64

    /// A generator for one purpose (`"R6 報告会"`…): each stream has its own seed, so changing
    /// the story of one year does not change the scores of another.
    init(seed: UInt64, stream: String) {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325  // FNV-1a over the stream's UTF-8
        for byte in stream.utf8 {
            h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        state = seed ^ h
    }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    mutating func unit() -> Double {
        Double(next() >> 11) / Double(UInt64(1) << 53)
    }

    /// Uniform in [low, high).
    mutating func uniform(_ low: Double, _ high: Double) -> Double {
        low + (high - low) * unit()
    }

    /// Roughly normal with mean 0 (Irwin–Hall: the sum of 12 uniforms minus 6), bounded to ±6 sd.
    mutating func normal(sd: Double) -> Double {
        var sum = 0.0
        for _ in 0..<12 { sum += unit() }
        return (sum - 6) * sd
    }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool {
        unit() < p
    }

    /// An index in `0..<count` (count > 0).
    mutating func index(_ count: Int) -> Int {
        Int(next() % UInt64(count))
    }

    /// One element of a non-empty array.
    mutating func pick<T>(_ items: [T]) -> T {
        items[index(items.count)]
    }
}
