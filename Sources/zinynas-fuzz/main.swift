import Foundation
import Fuzzing

// zinynas-fuzz TARGET [ARGUMENTS]: one fuzz target (front-matter, markdown, template) against
// the site in $ZINYNAS_FUZZ_SITE (else the current folder). See scripts/fuzz.
//
// Built with `-sanitize=fuzzer -DFUZZING` (scripts/fuzz), the arguments are libFuzzer's
// (corpus folders, -runs=N, …). In the plain build, each argument is an input file (or a
// folder of them) run once: a crash found by libFuzzer replays without its build.
// `zinynas-fuzz TARGET --seeds DIR` writes the seed corpus made from the site's files.

/// The input function libFuzzer calls (through `LLVMFuzzerTestOneInput`).
nonisolated(unsafe) var runInput: ([UInt8]) -> Void = { _ in }

@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    runInput(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("zinynas-fuzz: \(message)\n".utf8))
    exit(2)
}

let arguments = CommandLine.arguments
let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
guard arguments.count >= 2, let target = FuzzTarget(rawValue: arguments[1]) else {
    fail("usage: zinynas-fuzz TARGET [--seeds DIR | INPUT…]; targets: \(names)")
}
let folder = URL(fileURLWithPath: ProcessInfo.processInfo.environment["ZINYNAS_FUZZ_SITE"] ?? ".")
let site: FuzzSite
do {
    site = try FuzzSite(folder: folder)
} catch {
    fail("cannot read the site in \(folder.path): \(error.diagnostics.map(\.message).joined(separator: "; "))")
}

if arguments.count == 4, arguments[2] == "--seeds" {
    let seeds = URL(fileURLWithPath: arguments[3])
    try? FileManager.default.createDirectory(at: seeds, withIntermediateDirectories: true)
    for seed in target.seeds(site) {
        guard FileManager.default.createFile(atPath: seeds.appendingPathComponent(seed.name).path, contents: Data(seed.bytes)) else {
            fail("cannot write \(seeds.path)")
        }
    }
    print("\(target.rawValue): \(target.seeds(site).count) seeds in \(seeds.path)")
    exit(0)
}
runInput = target.prepare(site)

#if FUZZING
typealias FuzzerCallback = @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: FuzzerCallback
) -> Int32

// libFuzzer reads its own arguments: the target's name is taken out of them.
var fuzzerArguments = [CommandLine.unsafeArgv[0]] + (2..<Int(CommandLine.argc)).map { CommandLine.unsafeArgv[$0] }
fuzzerArguments.append(nil)
var argc = Int32(fuzzerArguments.count - 1)
let status = fuzzerArguments.withUnsafeMutableBufferPointer { buffer in
    var argv = buffer.baseAddress!
    return LLVMFuzzerRunDriver(&argc, &argv, testOneInput)
}
exit(status)
#else
var inputs: [URL] = []
for argument in arguments.dropFirst(2) {
    let url = URL(fileURLWithPath: argument)
    if let names = try? FileManager.default.contentsOfDirectory(atPath: url.path) {
        inputs += names.sorted().map { url.appendingPathComponent($0) }
    } else {
        inputs.append(url)
    }
}
for input in inputs {
    guard let data = FileManager.default.contents(atPath: input.path) else { fail("cannot read \(input.path)") }
    runInput(Array(data))
}
print("\(target.rawValue): \(inputs.count) inputs run")
#endif
