import Foundation
import Testing
import TestSupport
import SystemIO

@Suite struct FileReadingTests {
    @Test func readsAFileLargerThanOneChunkInOneGo() throws {
        let folder = TemporaryFolder()
        let bytes = patternBytes(300_000)  // over four 64 KiB chunks
        let path = folder.write("big.bin", bytes)
        let file = try FileDescriptor.open(path, .readOnly)
        defer { try? file.close() }
        let status = try file.status()
        #expect(status == FileStatus(kind: .regularFile, size: 300_000))
        let read = try file.readAll(sizeHint: status.size, limit: nil)
        #expect(read.count == bytes.count)
        #expect(read == bytes)
    }

    @Test func readsOnInChunksWhenTheHintIsShort() throws {
        let folder = TemporaryFolder()
        let bytes = patternBytes(200_001)
        let file = try FileDescriptor.open(folder.write("grown.bin", bytes), .readOnly)
        defer { try? file.close() }
        #expect(try file.readAll(sizeHint: 10, limit: nil) == bytes)
    }

    @Test func aHintPastTheEndReadsWhatThereIs() throws {
        let folder = TemporaryFolder()
        let bytes = patternBytes(5)
        let file = try FileDescriptor.open(folder.write("shrunk.bin", bytes), .readOnly)
        defer { try? file.close() }
        #expect(try file.readAll(sizeHint: 10, limit: nil) == bytes)
    }

    @Test func anExactHintReadsTheWholeFileAndLeavesItAtTheEnd() throws {
        let folder = TemporaryFolder()
        let bytes = patternBytes(70_000)
        let file = try FileDescriptor.open(folder.write("exact.bin", bytes), .readOnly)
        defer { try? file.close() }
        #expect(try file.readAll(sizeHint: bytes.count, limit: nil) == bytes)
        var buffer = [UInt8](repeating: 0, count: 4)
        #expect(try file.read(into: &buffer, at: 0) == 0)
    }

    @Test func stopsOnceOverTheLimit() throws {
        let folder = TemporaryFolder()
        let bytes = patternBytes(200_000)
        let file = try FileDescriptor.open(folder.write("big.bin", bytes), .readOnly)
        defer { try? file.close() }
        let read = try file.readAll(sizeHint: 0, limit: 70_000)
        // One byte, then 64 KiB chunks until past the limit: two chunks.
        #expect(read.count == 1 + 2 * 65_536)
        #expect(read == Array(bytes[0..<read.count]))
    }

    @Test func anEmptyFileReadsAsNoBytes() throws {
        let folder = TemporaryFolder()
        let file = try FileDescriptor.open(folder.write("empty.txt", []), .readOnly)
        defer { try? file.close() }
        #expect(try file.status() == FileStatus(kind: .regularFile, size: 0))
        #expect(try file.readAll(sizeHint: 0, limit: nil) == [])
        var buffer = [UInt8](repeating: 7, count: 4)
        #expect(try file.read(into: &buffer, at: 0) == 0)
        #expect(buffer == [7, 7, 7, 7])
    }

    @Test func readsAPipeToItsEnd() throws {
        let pipe = Pipe()
        let bytes = patternBytes(1_000_000)  // far more than a pipe holds
        let reader = FileDescriptor(rawValue: pipe.fileHandleForReading.fileDescriptor)
        let writer = FileDescriptor(rawValue: pipe.fileHandleForWriting.fileDescriptor)
        #expect(try reader.status().kind == .pipe)
        let writing = Thread {
            try? writer.writeAll(bytes)
            try? pipe.fileHandleForWriting.close()
        }
        writing.start()
        let read = try reader.readAll(sizeHint: 0, limit: nil)
        #expect(read.count == bytes.count)
        #expect(read == bytes)
    }

    @Test func readsIntoAnArrayAtAnOffset() throws {
        let folder = TemporaryFolder()
        let file = try FileDescriptor.open(folder.write("abc.txt", Array("abcdef".utf8)), .readOnly)
        defer { try? file.close() }
        var buffer = [UInt8](repeating: UInt8(ascii: "-"), count: 6)
        #expect(try file.read(into: &buffer, at: 2) == 4)
        #expect(String(decoding: buffer, as: UTF8.self) == "--abcd")
        #expect(try file.read(into: &buffer, at: 5) == 1)
        #expect(String(decoding: buffer, as: UTF8.self) == "--abce")
        #expect(try file.read(into: &buffer, at: 0) == 1)
        #expect(String(decoding: buffer, as: UTF8.self) == "f-abce")
        #expect(try file.read(into: &buffer, at: 0) == 0)
    }

    @Test func aMissingPathSaysSo() {
        #expect(throws: SystemError.self) { try FileDescriptor.open("/no/such/folder/file.txt", .readOnly) }
        do {
            _ = try FileDescriptor.open("/no/such/folder/file.txt", .readOnly)
            Issue.record("opened a missing file")
        } catch {
            #expect(error.isNotFound)
            #expect(!error.isNotAFolder)
            #expect(error.message == "No such file or directory")
            #expect("\(error)" == "No such file or directory")
        }
        do {
            _ = try FileStatus(path: "/no/such/folder")
            Issue.record("found a missing folder")
        } catch {
            #expect(error.isNotFound)
        }
    }

    @Test func aFileInsideAFileIsNotAFolder() {
        let folder = TemporaryFolder()
        let path = folder.write("plain.txt", Array("x".utf8))
        do {
            _ = try FileStatus(path: path + "/child.txt")
            Issue.record("stat went through a file")
        } catch {
            #expect(error.isNotAFolder)
            #expect(!error.isNotFound)
            #expect(error.message == "Not a directory")
        }
    }

    @Test func aFolderOpensButDoesNotRead() throws {
        let folder = TemporaryFolder()
        #expect(try FileStatus(path: folder.path).kind == .folder)
        let opened = try FileDescriptor.open(folder.path, .readOnly)
        defer { try? opened.close() }
        #expect(try opened.status().kind == .folder)
        #expect(throws: SystemError(code: SystemError.codeOfFolderRead)) {
            _ = try opened.readAll(sizeHint: 0, limit: nil)
        }
    }

    @Test func aClosedDescriptorFails() throws {
        let folder = TemporaryFolder()
        let file = try FileDescriptor.open(folder.write("a.txt", Array("a".utf8)), .readOnly)
        try file.close()
        do {
            _ = try file.status()
            Issue.record("fstat of a closed descriptor")
        } catch {
            #expect(error.message == "Bad file descriptor")
        }
        #expect(throws: SystemError.self) { try file.close() }
    }
}

extension SystemError {
    /// `EISDIR` on Linux and macOS alike.
    static let codeOfFolderRead: Int32 = 21
}

@Suite struct FileWritingTests {
    @Test func writesBytesAndTextAndReadsThemBack() throws {
        let folder = TemporaryFolder()
        let path = folder.file("out.bin")
        let bytes = patternBytes(500_000)
        let file = try FileDescriptor.open(path, .createOrTruncate(permissions: 0o644))
        try file.writeAll(bytes)
        try file.writeAll("二〇二四年 ✓\n")
        try file.writeAll([])
        try file.close()
        #expect(folder.contents("out.bin") == bytes + Array("二〇二四年 ✓\n".utf8))
        let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(permissions.map { $0 & 0o600 } == 0o600)

        // Truncated on the next open; read back through FileDescriptor too.
        let again = try FileDescriptor.open(path, .createOrTruncate(permissions: 0o644))
        try again.writeAll("short")
        try again.close()
        let reader = try FileDescriptor.open(path, .readOnly)
        defer { try? reader.close() }
        #expect(try reader.readAll(sizeHint: try reader.status().size, limit: nil) == Array("short".utf8))
    }

    @Test func writeOnlyNeedsAnExistingFile() throws {
        let folder = TemporaryFolder()
        do {
            _ = try FileDescriptor.open(folder.file("absent.txt"), .writeOnly)
            Issue.record("opened a missing file for writing")
        } catch {
            #expect(error.isNotFound)
        }
        let devNull = try FileDescriptor.open("/dev/null", .writeOnly)
        #expect(try devNull.status().kind == .other)
        #expect(!devNull.isTerminal)
        try devNull.writeAll(patternBytes(100_000))
        try devNull.close()
    }

    @Test func writingToAReadOnlyDescriptorFails() throws {
        let folder = TemporaryFolder()
        let file = try FileDescriptor.open(folder.write("r.txt", Array("r".utf8)), .readOnly)
        defer { try? file.close() }
        #expect(throws: SystemError.self) { try file.writeAll("x") }
        #expect(folder.contents("r.txt") == Array("r".utf8))
    }

    @Test func renamesAndRemoves() throws {
        let folder = TemporaryFolder()
        folder.write("a.partial", Array("new".utf8))
        folder.write("a.txt", Array("old".utf8))
        try FileSystem.rename(folder.file("a.partial"), to: folder.file("a.txt"))
        #expect(folder.contents("a.txt") == Array("new".utf8))
        #expect(folder.contents("a.partial") == nil)
        #expect(throws: SystemError.self) { try FileSystem.rename(folder.file("a.partial"), to: folder.file("b.txt")) }
        try FileSystem.removeFile(folder.file("a.txt"))
        #expect(folder.contents("a.txt") == nil)
        do {
            try FileSystem.removeFile(folder.file("a.txt"))
            Issue.record("removed a file twice")
        } catch {
            #expect(error.isNotFound)
        }
    }
}

@Suite struct ProcessAndMemoryTests {
    @Test func processIdAndUsage() {
        #expect(CurrentProcess.id == ProcessInfo.processInfo.processIdentifier)
        #expect(CurrentProcess.peakResidentBytes() > 1_000_000)
        let before = CurrentProcess.cpuSeconds()
        #expect(before > 0)
        var calls = 0
        while CurrentProcess.cpuSeconds() <= before, calls < 10_000_000 { calls += 1 }
        #expect(CurrentProcess.cpuSeconds() > before)
    }

    @Test func findsABytePastTheRangeStartOnly() {
        let bytes = Array("ab\ncd\nef".utf8)
        let newline = UInt8(ascii: "\n")
        #expect(bytes.firstIndex(ofByte: newline, in: 0..<bytes.count) == 2)
        #expect(bytes.firstIndex(ofByte: newline, in: 3..<bytes.count) == 5)
        #expect(bytes.firstIndex(ofByte: newline, in: 3..<5) == nil)
        #expect(bytes.firstIndex(ofByte: newline, in: 6..<6) == nil)
        #expect([UInt8]().firstIndex(ofByte: newline, in: 0..<0) == nil)
    }

    @Test func movesOverlappingBytesToTheFront() {
        var bytes = Array("xxabcdef".utf8)
        bytes.moveBytes(2..<8, to: 0)
        #expect(String(decoding: bytes, as: UTF8.self) == "abcdefef")
        bytes.moveBytes(0..<3, to: 1)
        #expect(String(decoding: bytes, as: UTF8.self) == "aabcefef")
    }
}

@Suite struct CurrentProcessTests {
    /// The kernel's copy of the command line is what `CommandLine.arguments` was made from.
    @Test func rawArgumentsAreTheCommandLinesBytes() throws {
        let raw = try #require(CurrentProcess.rawArguments())
        #expect(raw.map { String(decoding: $0, as: UTF8.self) } == CommandLine.arguments)
    }
}
