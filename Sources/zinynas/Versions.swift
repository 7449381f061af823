import Markdown
import Search
import Support
import YAML

/// `zinynas --version`: this program's version, those of the C libraries it loads, which a
/// system update may change under the same program (and which the caches are stamped with),
/// and the Snowball release whose Lithuanian stemmer the program carries in itself.
enum Versions {
    static let zinynas = "0.17.0"

    static var text: String {
        """
        zinynas \(zinynas)
        cmark-gfm \(Markdown.libraryVersion)
        libyaml \(YAMLParser.libraryVersion)
        libxxhash \(Fingerprint.libraryVersion)
        Snowball lithuanian \(LithuanianStemmer.snowballVersion) (built in, not libstemmer)
        """
    }
}
