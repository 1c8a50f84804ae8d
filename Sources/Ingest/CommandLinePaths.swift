internal import SystemIO

/// The paths given on the command line, with the bytes of those that are
/// not UTF-8.
///
/// A shell passes a path as bytes. A GBK name from a Windows zip, given as
/// `archive/*.txt`, reaches `CommandLine.arguments` (and so the argument
/// parser) with its bytes replaced by U+FFFD, and that string no longer
/// opens the file. Such a path is recovered from the process's raw
/// arguments (``CurrentProcess``'s `rawArguments()`) and shown as a folder
/// walk shows a name that is not UTF-8, with its other bytes as `\xHH`
/// (`\xB1\xA8\xB8\xE6.txt`); ``bytes`` maps that form to the bytes that
/// open it (``InputListing``, ``InputCollector``).
public struct CommandLinePaths: Sendable, Hashable {
    /// The paths in order: as given, or in their `\xHH` form.
    public var shown: [String]
    /// The bytes of every shown path that is not UTF-8, by its shown form.
    public var bytes: [String: [UInt8]]

    /// Paths that are all UTF-8 (or whose bytes are not known).
    public init(_ paths: [String]) {
        shown = paths
        bytes = [:]
    }

    /// `paths` as the parser gave them, matched to the process's arguments.
    ///
    /// `arguments[i]` is `rawArguments[i]` with its invalid bytes replaced,
    /// so a path is found by its string among the arguments, in order: the
    /// parser keeps positional arguments in command-line order, so each
    /// path is looked for after the one before it. A path whose argument's
    /// bytes are valid UTF-8 is kept as given (a name that really holds
    /// U+FFFD). Without raw arguments, or when the two lists differ in
    /// length, the paths are kept as given.
    public init(paths: [String], arguments: [String], rawArguments: [[UInt8]]?) {
        self.init(paths)
        guard let rawArguments, rawArguments.count == arguments.count else { return }
        var next = 0
        for (position, path) in paths.enumerated() {
            guard let index = arguments[next...].firstIndex(of: path) else { continue }
            next = index + 1
            guard path.unicodeScalars.contains("\u{FFFD}"), let escaped = PathBytes.escapedName(rawArguments[index]) else { continue }
            shown[position] = escaped
            bytes[escaped] = rawArguments[index]
        }
    }

    /// The paths of this process's command line: `paths` (what the parser
    /// gave) matched to `CommandLine.arguments` and the raw arguments.
    public static func ofThisProcess(_ paths: [String]) -> CommandLinePaths {
        CommandLinePaths(paths: paths, arguments: CommandLine.arguments, rawArguments: CurrentProcess.rawArguments())
    }
}
