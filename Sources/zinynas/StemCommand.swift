import ArgumentParser
import Foundation
import Search

/// `zinynas stem` (hidden): the words of standard input as the index cuts them, each distinct
/// word the stemmer sees once, in order, as `word<TAB>stem` (the stem before folding).
/// `scripts/check-stemmer` compares them with Snowball's own stemmer and the browser's.
struct StemCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stem", abstract: "Prints the Lithuanian stem of each word read on standard input.",
        shouldDisplay: false)

    func run() throws {
        let text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        let stemmer = LithuanianStemmer()
        var seen = Set<String>()
        var out = ""
        for word in Analyzer.Words(text) where Analyzer.isStemmed(word) && seen.insert(word).inserted {
            out += word + "\t" + stemmer.stem(word) + "\n"
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}
