import Foundation
import Testing
@testable import Extraction
import FactCore

/// Extracts facts from `text` with the project's lexicons.
func facts(_ text: String, date: String? = nil, allNumbers: Bool = false) throws -> [Fact] {
    let options = ExtractionOptions(publicationDate: date.flatMap(CalendarDate.init(iso:)), allNumbers: allNumbers)
    return try Extractor(options: options).extract(Document(id: "t", text: text))
}

/// The figure rows (not dates).
func figures(_ text: String, date: String? = nil) throws -> [Fact] {
    try facts(text, date: date).filter { !$0.isDate }
}

/// The date rows.
func dates(_ text: String, date: String? = nil) throws -> [Fact] {
    try facts(text, date: date).filter(\.isDate)
}

/// Package root (the folder holding Package.swift), found from this file.
let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// `../shared` beside the package, if present.
let sharedFolder: URL? = {
    if let override = ProcessInfo.processInfo.environment["ZHFACTS_SHARED"] { return URL(fileURLWithPath: override) }
    let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    return FileManager.default.fileExists(atPath: url.path) ? url : nil
}()

/// True when tests that need ../shared must run: it is present, or CI demands it.
let sharedRequired: Bool = sharedFolder != nil || ProcessInfo.processInfo.environment["CI"] == "true"

/// The shared folder, or a failure naming it when CI requires it.
func requireShared(_ relative: String) throws -> URL {
    guard let sharedFolder else {
        Issue.record("../shared is missing but CI=true requires it (looked beside \(packageRoot.path))")
        throw CancellationError()
    }
    return sharedFolder.appendingPathComponent(relative)
}

extension Fact {
    var valueString: String? { value?.plainString }
    var valueMaxString: String? { valueMax?.plainString }
}
