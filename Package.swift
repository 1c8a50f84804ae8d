// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "zhfacts",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "zhfacts", targets: ["zhfacts"]),
        .library(name: "Extraction", targets: ["Extraction"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        // System ICU from libicu-dev, found through pkg-config. Only ICUShim sees it.
        .systemLibrary(
            name: "CICU",
            pkgConfig: "icu-i18n",
            providers: [.apt(["libicu-dev", "pkg-config"])]
        ),
        // Every ICU call lives here; the public header uses plain C types only.
        .target(name: "ICUShim", dependencies: ["CICU"]),
        // Thin Swift wrapper over ICUShim: break iterators, charset detection, conversion.
        .target(name: "Segmentation", dependencies: ["ICUShim"]),
        // Thin wrapper over POSIX (file descriptors, stat, folders, getrusage): besides
        // Segmentation, the only Swift code that imports Glibc/Darwin for them or touches pointers.
        .target(name: "SystemIO"),
        // Document, Span, Fact and the vocabulary of the output.
        .target(name: "FactCore"),
        // Chinese / Arabic / mixed numeral strings to exact values.
        .target(name: "Numerals"),
        // Lexicons, recognisers (numerals, units, qualifiers, dates) and fact assembly.
        .target(name: "Extraction", dependencies: ["FactCore", "Numerals", "Segmentation"]),
        // Reading inputs: files, folders, decoding; errors that name the document.
        .target(name: "Ingest", dependencies: ["FactCore", "Segmentation", "SystemIO"]),
        // CSV and JSON Lines writers.
        .target(name: "FactOutput", dependencies: ["FactCore"]),
        // Scoring against gold JSON Lines, as ../shared/gold/GUIDELINES.md says.
        .target(name: "Evaluation", dependencies: ["FactCore"]),
        // Consistency checks over extracted figures (zhfacts validate).
        .target(name: "Validation", dependencies: ["FactCore", "FactOutput"]),
        // SQLite fact store (documents, facts, findings).
        .target(name: "FactStore", dependencies: ["FactCore", "FactOutput", "Validation",
                                                   .product(name: "GRDB", package: "GRDB.swift")]),
        // Self-contained HTML review pages.
        .target(name: "Review", dependencies: ["FactCore", "Validation"]),
        // Whole archives: inputs, encodings, parallel ordered pipeline, ledger.
        .target(name: "Batch", dependencies: ["FactCore", "Extraction", "FactOutput", "Ingest", "Segmentation", "SystemIO"]),
        // Runners for the peers' test suites (Recognizers-Text, cn2an, PD1998, SIGHAN).
        .target(name: "Conformance", dependencies: ["FactCore", "Extraction", "Numerals", "Segmentation", "Evaluation"]),
        .executableTarget(
            name: "zhfacts",
            dependencies: [
                "Extraction", "FactOutput", "Evaluation", "FactCore", "Ingest",
                "Validation", "FactStore", "Review", "Batch", "Conformance",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // What several suites share: a seeded random generator, temporary folders.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "SegmentationTests", dependencies: ["Segmentation"]),
        .testTarget(name: "SystemIOTests", dependencies: ["SystemIO", "TestSupport"]),
        .testTarget(name: "NumeralsTests", dependencies: ["Numerals", "TestSupport"]),
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction", "FactCore", "Evaluation", "FactOutput", "Segmentation", "TestSupport"]),
        .testTarget(name: "EvaluationTests", dependencies: ["Evaluation", "FactCore"]),
        .testTarget(name: "FactOutputTests", dependencies: ["FactOutput", "FactCore", "TestSupport"]),
        .testTarget(name: "ValidationTests", dependencies: ["Validation", "FactCore", "FactOutput", "Extraction", "Ingest", "TestSupport"]),
        .testTarget(name: "FactStoreTests", dependencies: ["FactStore", "FactCore", "FactOutput"]),
        .testTarget(name: "ReviewTests", dependencies: ["Review", "FactCore", "Validation", "Extraction"]),
        .testTarget(name: "BatchTests", dependencies: ["Batch", "FactCore", "Extraction", "FactOutput", "Ingest", "TestSupport"]),
        .testTarget(name: "ConformanceTests", dependencies: ["Conformance", "Extraction", "Numerals", "FactCore"]),
        .testTarget(name: "EndToEndTests", dependencies: ["zhfacts", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
