import Foundation
import Testing
import FactCore

/// Pass-through JSON values (a JSON Lines document's `meta`).
@Suite struct JSONTextTests {
    @Test(arguments: [
        (" 1.50 ", "1.50"),
        ("[ 1 ,\t2,\r\n3 ]", "[1,2,3]"),
        (#"{ "a b" : [ true , null ] , "c" : { } }"#, #"{"a b":[true,null],"c":{}}"#),
        // Inside strings nothing moves, escaped quotes and backslashes included.
        (#"" x \" y \\ ""#, #"" x \" y \\ ""#),
        (#"[ "\\", " ", "\"" ]"#, #"["\\"," ","\""]"#),
        (#""\u4e2d""#, #""\u4e2d""#),
        ("\"中 文\"", "\"中 文\""),
    ])
    func whiteSpaceBetweenTokensGoesStringsStay(_ written: String, _ compact: String) throws {
        let value = JSONText(validJSON: Array(written.utf8))
        #expect(value.text == compact)
        // The same value, as a JSON parser reads it.
        let before = try JSONSerialization.jsonObject(with: Data(written.utf8), options: .fragmentsAllowed)
        let after = try JSONSerialization.jsonObject(with: Data(value.text.utf8), options: .fragmentsAllowed)
        #expect((before as? NSObject)?.isEqual(after) == true)
    }

    @Test func stringsAreEscapedAsEveryOutputEscapesThem() {
        #expect(JSONText(string: "a\"b\n中").text == #""a\"b\n中""#)
        #expect(JSONText(string: "").text == #""""#)
    }

    @Test func objectsSortTheirKeysAndKeepTheValues() {
        let object = JSONText.object(["z": JSONText(string: "1"), "a": JSONText(validJSON: Array("[1, 2]".utf8)),
                                      "中": JSONText(validJSON: Array("null".utf8))])
        #expect(object == #"{"a":[1,2],"z":"1","中":null}"#)
        #expect(JSONText.object([:]) == nil)
    }
}
