import Testing
@testable import Ingest

/// File-name patterns (`--glob`): `*` and `?`, compared by Unicode scalars.
@Suite struct GlobTests {
    @Test(arguments: [
        ("*.txt", "a.txt", true), ("*.txt", ".txt", true), ("*.txt", "中文.txt", true),
        ("*.txt", "a.TXT", false), ("*.txt", "txt", false), ("*.txt", "a.txt.bak", false),
        ("*", "anything", true), ("*", "", true), ("*.jsonl", "x.json", false),
        ("a*.txt", "abc.txt", true), ("a*.txt", "bac.txt", false), ("?.txt", "中.txt", true),
        ("?.txt", "ab.txt", false), ("*.t?t", "a.tst", true), ("*a*b", "xaxxb", true), ("*a*b", "xbxa", false),
        ("*\u{E9}.txt", "caf\u{E9}.txt", true), ("*\u{E9}.txt", "cafe\u{301}.txt", false),
    ])
    func matches(pattern: String, name: String, expected: Bool) {
        #expect(Glob(pattern).matches(name) == expected)
    }

    /// `*` and a literal is a byte-suffix test; `**` and the same literal takes the general
    /// backtracking path: both answer alike.
    @Test func theSuffixTestAgreesWithTheGeneralMatcher() {
        let names = ["a.txt", ".txt", "txt", "a.txt.txt", "b.tx", "中文.txt", "x.TXT", "", "t", "ü.txt",
                     "cafe\u{301}.txt", "caf\u{E9}.txt", "a.jsonl", "a.json", "l"]
        for literal in [".txt", ".jsonl", "t", "\u{E9}.txt", ""] {
            let fast = Glob("*" + literal), general = Glob("**" + literal)
            for name in names {
                #expect(fast.matches(name) == general.matches(name), "\(literal) on \(name)")
            }
        }
    }
}
