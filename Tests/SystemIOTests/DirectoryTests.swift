import Foundation
import Testing
import TestSupport
import SystemIO

@Suite struct DirectoryTests {
    /// Every entry of `folder`, sorted by name.
    private func entries(_ folder: Directory) -> [Directory.Entry] {
        var found: [Directory.Entry] = []
        while let entry = folder.next() { found.append(entry) }
        return found.sorted { $0.name < $1.name }
    }

    @Test func listsNamesAndKindsWithoutDotEntries() throws {
        let folder = TemporaryFolder()
        folder.write("a.txt", Array("a".utf8))
        folder.write("中文.txt", Array("中".utf8))
        folder.write("sub/inner.txt", Array("inner".utf8))
        try FileManager.default.createSymbolicLink(atPath: folder.file("link.txt"), withDestinationPath: folder.file("a.txt"))
        try FileManager.default.createSymbolicLink(atPath: folder.file("loop"), withDestinationPath: folder.path)
        let listing = try Directory(path: folder.path)
        #expect(entries(listing) == [
            .init(name: "a.txt", kind: .regularFile),
            .init(name: "link.txt", kind: .symbolicLink),
            .init(name: "loop", kind: .symbolicLink),
            .init(name: "sub", kind: .folder),
            .init(name: "中文.txt", kind: .regularFile),
        ])
        #expect(listing.next() == nil)
    }

    /// `报告.txt` and `中` in GBK, as a Windows zip leaves them: listed, shown
    /// with their bytes as `\\xHH`, and opened by their bytes.
    @Test func aNameThatIsNotUTF8KeepsItsBytesAndIsShownEscaped() throws {
        let folder = TemporaryFolder()
        let report: [UInt8] = [0xB1, 0xA8, 0xB8, 0xE6] + Array(".txt".utf8)
        folder.write(nameBytes: report, Array("abc".utf8))
        folder.folder(nameBytes: [0xD6, 0xD0])
        let listing = try Directory(path: folder.path)
        let found = entries(listing)
        #expect(found == [.init(name: #"\xB1\xA8\xB8\xE6.txt"#, rawName: report, kind: .regularFile),
                          .init(name: #"\xD6\xD0"#, rawName: [0xD6, 0xD0], kind: .folder)])
        #expect(try listing.status(ofEntry: found[0], followingLinks: true) == FileStatus(kind: .regularFile, size: 3))
        #expect(throws: SystemError.self) { try listing.status(ofEntry: found[0].name, followingLinks: true) }
        let inner = try Directory(pathBytes: Array(folder.path.utf8) + [0x2F, 0xD6, 0xD0])
        #expect(inner.next() == nil)
        let file = try FileDescriptor.open(pathBytes: Array(folder.path.utf8) + [0x2F] + report, .readOnly)
        defer { try? file.close() }
        #expect(try file.readAll(sizeHint: 3, limit: nil) == Array("abc".utf8))
    }

    @Test func escapedNamesShowOnlyTheBytesThatAreNotUTF8() {
        #expect(PathBytes.escapedName(Array("中文.txt".utf8)) == nil)
        #expect(PathBytes.escapedName(Array("中".utf8) + [0xFF] + Array("a".utf8) + [0xE4, 0xB8]) == #"中\xFFa\xE4\xB8"#)
        #expect(PathBytes.escapedName([0xC0, 0x80]) == #"\xC0\x80"#, "an overlong NUL is not UTF-8")
    }

    @Test func statsEntriesWithAndWithoutFollowingLinks() throws {
        let folder = TemporaryFolder()
        folder.write("a.txt", Array("abc".utf8))
        folder.folder("sub")
        try FileManager.default.createSymbolicLink(atPath: folder.file("link.txt"), withDestinationPath: "a.txt")
        try FileManager.default.createSymbolicLink(atPath: folder.file("dangling"), withDestinationPath: "nowhere")
        let listing = try Directory(path: folder.path)
        #expect(try listing.status(ofEntry: "a.txt", followingLinks: true) == FileStatus(kind: .regularFile, size: 3))
        #expect(try listing.status(ofEntry: "link.txt", followingLinks: true) == FileStatus(kind: .regularFile, size: 3))
        #expect(try listing.status(ofEntry: "link.txt", followingLinks: false).kind == .symbolicLink)
        #expect(try listing.status(ofEntry: "sub", followingLinks: false).kind == .folder)
        #expect(try listing.status(ofEntry: "dangling", followingLinks: false).kind == .symbolicLink)
        do {
            _ = try listing.status(ofEntry: "dangling", followingLinks: true)
            Issue.record("followed a dangling link")
        } catch {
            #expect(error.isNotFound)
        }
    }

    @Test func anEmptyFolderHasNoEntries() throws {
        let folder = TemporaryFolder()
        #expect(try Directory(path: folder.path).next() == nil)
    }

    @Test func aMissingFolderOrAFileCannotBeListed() {
        let folder = TemporaryFolder()
        let file = folder.write("plain.txt", Array("x".utf8))
        do {
            _ = try Directory(path: folder.file("absent"))
            Issue.record("listed a missing folder")
        } catch {
            #expect(error.isNotFound)
        }
        do {
            _ = try Directory(path: file)
            Issue.record("listed a file")
        } catch {
            #expect(error.isNotAFolder)
        }
    }

    @Test func listsManyEntries() throws {
        let folder = TemporaryFolder()
        for index in 0..<500 { folder.write("f\(index).txt", [UInt8(index % 256)]) }
        let names = entries(try Directory(path: folder.path)).map(\.name)
        #expect(names.count == 500)
        #expect(Set(names) == Set((0..<500).map { "f\($0).txt" }))
    }
}
