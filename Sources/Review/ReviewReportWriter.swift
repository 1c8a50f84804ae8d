import Foundation
import FactCore

/// How a report is laid out on disk.
public enum ReviewLayout: Sendable, Equatable {
    /// Every document on the one page at the output path.
    case singlePage
    /// One page per document in `folder` (beside the output, `report-pages/`
    /// for `report.html`), and an index page linking them at the output path.
    case perDocument(folder: String)

    /// One page when there are at most `perPage` documents, else one page per document.
    public static func choose(output: String, documentCount: Int, perPage: Int) -> ReviewLayout {
        guard documentCount > max(perPage, 1) else { return .singlePage }
        return .perDocument(folder: pagesFolder(for: output))
    }

    /// `report.html` → `report-pages` in the same folder.
    public static func pagesFolder(for output: String) -> String {
        let url = URL(fileURLWithPath: output)
        let stem = url.deletingPathExtension().lastPathComponent
        return url.deletingLastPathComponent().appendingPathComponent(stem + "-pages").path
    }

    /// The file name of the page of document `index` (0-based): `0001.html`.
    public static func pageName(_ index: Int) -> String {
        let number = String(index + 1)
        return String(repeating: "0", count: max(0, 4 - number.count)) + number + ".html"
    }
}

/// Why a report could not be written.
public enum ReviewError: Error, Sendable, Equatable, CustomStringConvertible {
    case io(path: String, reason: String)
    /// The pages folder exists and holds files a report does not write.
    case foreignFolder(path: String)
    case finished(path: String)

    public var description: String {
        switch self {
        case .io(let path, let reason): "\(path): \(reason)"
        case .foreignFolder(let path): "\(path): exists and holds files other than review pages; not replacing it"
        case .finished(let path): "\(path): the report is already finished"
        }
    }
}

/// Writes a report of documents added one at a time, as ``ReviewLayout/choose(output:documentCount:perPage:)``
/// lays it out.
///
/// ```swift
/// let writer = try ReviewReportWriter(outputPath: "report.html", documentCount: paths.count, perPage: 50)
/// for path in paths { try writer.add(ReviewDocument(document: document, facts: facts)) }
/// let written = try writer.finish()   // ["report.html"] or the index and every page
/// ```
///
/// A single page is rendered at ``finish()``. Per-document pages are
/// rendered as documents come (so memory stays bounded) into
/// `report-pages.partial-PID`, which ``finish()`` renames to `report-pages`.
/// Every file is written under a temporary name and renamed into place, so
/// an interrupted run leaves no half page. An existing pages folder is
/// replaced only if it holds nothing but `NNNN.html` pages.
public final class ReviewReportWriter {
    public let outputPath: String
    public let layout: ReviewLayout
    public let title: String
    /// Number of documents announced to ``init(outputPath:documentCount:perPage:title:)``.
    public let documentCount: Int

    private var documents: [ReviewDocument] = []
    private var failures: [ReviewFailure] = []
    private var entries: [ReviewIndexPage.Entry] = []
    private var workingFolder: String?
    private var written: [String] = []
    private var finished = false

    /// - Parameters:
    ///   - outputPath: the page (single layout) or the index page (per-document layout).
    ///   - documentCount: how many documents (and failures) will be added; chooses the layout.
    ///   - perPage: the most documents on one page.
    public init(outputPath: String, documentCount: Int, perPage: Int = 50, title: String = "zhfacts review") throws {
        self.outputPath = outputPath
        self.documentCount = documentCount
        self.title = title
        layout = ReviewLayout.choose(output: outputPath, documentCount: documentCount, perPage: perPage)
        if case .perDocument(let folder) = layout {
            let working = folder + ".partial-\(ProcessInfo.processInfo.processIdentifier)"
            let manager = FileManager.default
            try? manager.removeItem(atPath: working)
            do {
                try manager.createDirectory(atPath: working, withIntermediateDirectories: true)
            } catch {
                throw ReviewError.io(path: working, reason: error.localizedDescription)
            }
            workingFolder = working
        }
    }

    deinit {
        if !finished, let workingFolder { try? FileManager.default.removeItem(atPath: workingFolder) }
    }

    /// Adds the next document.
    public func add(_ document: ReviewDocument) throws {
        guard !finished else { throw ReviewError.finished(path: outputPath) }
        guard let workingFolder, case .perDocument(let folder) = layout else {
            documents.append(document)
            return
        }
        let index = entries.count
        let name = ReviewLayout.pageName(index)
        let page = ReviewPage(title: document.document.id + " — " + title, navigation: navigation(at: index))
        try Self.write(page.render([document]), to: (workingFolder as NSString).appendingPathComponent(name))
        written.append((folder as NSString).appendingPathComponent(name))
        let section = DocumentSection(item: document, prefix: "d0")
        entries.append(ReviewIndexPage.Entry(id: document.document.id, href: Self.pagesHref(folder) + name,
                                             factCount: section.factCount, findingCount: document.findings.count,
                                             kinds: section.kindCounts))
    }

    /// Adds a document that could not be read: listed on the single page, or
    /// given a page of its own saying why.
    public func addFailure(_ failure: ReviewFailure) throws {
        guard !finished else { throw ReviewError.finished(path: outputPath) }
        guard let workingFolder, case .perDocument(let folder) = layout else {
            failures.append(failure)
            return
        }
        let index = entries.count
        let name = ReviewLayout.pageName(index)
        let page = ReviewPage(title: failure.id + " — " + title, navigation: navigation(at: index), failures: [failure])
        try Self.write(page.render([]), to: (workingFolder as NSString).appendingPathComponent(name))
        written.append((folder as NSString).appendingPathComponent(name))
        entries.append(ReviewIndexPage.Entry(id: failure.id, href: Self.pagesHref(folder) + name, failure: failure.message))
    }

    /// Writes the page (or the index and moves the pages into place).
    ///
    /// - Returns: the paths written: the output first, then every document page.
    @discardableResult
    public func finish() throws -> [String] {
        guard !finished else { throw ReviewError.finished(path: outputPath) }
        finished = true
        guard let workingFolder, case .perDocument(let folder) = layout else {
            try Self.write(ReviewPage(title: title, failures: failures).render(documents), to: outputPath)
            documents = []
            return [outputPath]
        }
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: folder, isDirectory: &isFolder) {
            let contents = (try? manager.contentsOfDirectory(atPath: folder)) ?? []
            guard isFolder.boolValue, contents.allSatisfy(Self.isPageName) else {
                try? manager.removeItem(atPath: workingFolder)
                throw ReviewError.foreignFolder(path: folder)
            }
            do { try manager.removeItem(atPath: folder) } catch {
                throw ReviewError.io(path: folder, reason: error.localizedDescription)
            }
        }
        do { try manager.moveItem(atPath: workingFolder, toPath: folder) } catch {
            throw ReviewError.io(path: folder, reason: error.localizedDescription)
        }
        try Self.write(ReviewIndexPage(title: title).render(entries), to: outputPath)
        return [outputPath] + written
    }

    // MARK: -

    private func navigation(at index: Int) -> [ReviewPage.NavigationLink] {
        let index = index
        var links = [ReviewPage.NavigationLink(label: "索引 (\(documentCount) 篇)", href: "../" + Self.percentEncoded(
            (outputPath as NSString).lastPathComponent), rel: "index")]
        if index > 0 { links.append(.init(label: "‹ 上一篇", href: ReviewLayout.pageName(index - 1), rel: "prev")) }
        if index + 1 < documentCount { links.append(.init(label: "下一篇 ›", href: ReviewLayout.pageName(index + 1), rel: "next")) }
        return links
    }

    /// The href prefix of the pages folder, relative to the index page.
    private static func pagesHref(_ folder: String) -> String {
        percentEncoded((folder as NSString).lastPathComponent) + "/"
    }

    private static func percentEncoded(_ component: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "/;?#")
        return component.addingPercentEncoding(withAllowedCharacters: allowed) ?? component
    }

    static func isPageName(_ name: String) -> Bool {
        guard name.hasSuffix(".html") else { return false }
        let stem = name.dropLast(5)
        return !stem.isEmpty && stem.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// Writes `text` to a temporary name beside `path` and renames it into place.
    static func write(_ text: String, to path: String) throws {
        let temporary = path + ".partial-\(ProcessInfo.processInfo.processIdentifier)"
        let manager = FileManager.default
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: temporary))
            try renameReplacing(temporary, path)
        } catch {
            try? manager.removeItem(atPath: temporary)
            throw ReviewError.io(path: path, reason: error.localizedDescription)
        }
    }

    /// POSIX `rename`: atomically puts `source` at `destination`, replacing a file there.
    /// (`FileManager.replaceItemAt` was seen failing here on Linux with ENOENT over an existing file.)
    static func renameReplacing(_ source: String, _ destination: String) throws {
        guard rename(source, destination) == 0 else {
            throw ReviewError.io(path: destination, reason: String(cString: strerror(errno)))
        }
    }
}
