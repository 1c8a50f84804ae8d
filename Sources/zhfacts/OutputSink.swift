import Foundation

/// Standard output, or a file written to a temporary name and renamed into
/// place by ``finish()``, so an interrupted run never leaves a truncated file.
struct OutputSink: TextOutputStream {
    private let handle: FileHandle
    private let temporaryPath: String?
    private let finalPath: String?
    private var buffer = ""

    init(path: String?) throws {
        guard let path, path != "-" else {
            handle = FileHandle.standardOutput
            temporaryPath = nil
            finalPath = nil
            return
        }
        let temporary = path + ".partial-\(ProcessInfo.processInfo.processIdentifier)"
        guard FileManager.default.createFile(atPath: temporary, contents: nil),
              let opened = FileHandle(forWritingAtPath: temporary) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
        }
        handle = opened
        temporaryPath = temporary
        finalPath = path
    }

    mutating func write(_ string: String) {
        buffer += string
        if buffer.utf8.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        handle.write(Data(buffer.utf8))
        buffer = ""
    }

    /// Flushes, and renames the temporary file into place.
    mutating func finish() throws {
        flush()
        guard let temporaryPath, let finalPath else { return }
        try handle.close()
        if FileManager.default.fileExists(atPath: finalPath) {
            _ = try FileManager.default.replaceItemAt(URL(fileURLWithPath: finalPath), withItemAt: URL(fileURLWithPath: temporaryPath))
        } else {
            try FileManager.default.moveItem(atPath: temporaryPath, toPath: finalPath)
        }
    }
}
