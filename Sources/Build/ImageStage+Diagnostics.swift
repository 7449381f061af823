import Diagnostics
import Images

extension ImageStage {
    /// The diagnostic of an image libvips refused, in the catalogues' words (Images knows no
    /// diagnostics: its problems are plain values).
    static func diagnostic(_ problem: ImageProblem, path: String, at location: SourceLocation) -> Diagnostic {
        switch problem {
        case .tooLarge(let width, let height):
            return .error(
                .imageTooLarge(path: path, width: width, height: height, limit: ImageProcessor.maxPixels / 1_000_000), at: location,
                hint: .imageTooLargeHint)
        case .mismatch(let expected, let found):
            return .error(
                .imageMismatch(path: path, expected: expected.displayName, found: found), at: location,
                hint: .imageMismatchHint(found: found))
        case .unreadable(let reason):
            return .error(.imageCannotDecode(path: path, reason: reason), at: location, hint: .imageCannotDecodeHint)
        }
    }
}
