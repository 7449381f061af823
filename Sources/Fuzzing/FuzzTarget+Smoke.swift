extension FuzzTarget {
    /// Runs the target on its seeds and on `runs` inputs mutated from them (bits flipped, bytes
    /// cut, syntax inserted), the same ones for the same `seed`: the test suite's smoke test of
    /// the fuzz targets, which libFuzzer runs for real (scripts/fuzz).
    package func smoke(_ site: FuzzSite, runs: Int, seed: UInt64) {
        let run = prepare(site)
        let seeds = seeds(site).map(\.bytes)
        guard !seeds.isEmpty else { return }
        seeds.forEach(run)
        var random = XorShift(state: seed | 1)
        let syntax = Array("{{#/>^&!=}}---\n[]()<>#*`|:-\"'\\".utf8)
        for _ in 0..<runs {
            var input = seeds[random.below(seeds.count)]
            for _ in 0...random.below(4) where !input.isEmpty {
                let at = random.below(input.count)
                switch random.below(3) {
                case 0: input[at] ^= UInt8(1 << random.below(8))
                case 1: input.removeSubrange(at..<min(input.count, at + random.below(16)))
                default: input.insert(syntax[random.below(syntax.count)], at: at)
                }
            }
            run(input)
        }
    }
}

/// xorshift64*: a few lines of deterministic randomness.
struct XorShift {
    var state: UInt64

    mutating func below(_ bound: Int) -> Int {
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        return Int((state &* 0x2545_F491_4F6C_DD1D) >> 1) % bound
    }
}
