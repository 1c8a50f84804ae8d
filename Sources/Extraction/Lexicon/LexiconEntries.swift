import FactCore

/// A unit or classifier that may follow a numeral.
public struct UnitEntry: Sendable, Hashable {
    /// The surface form (`亿元` is 亿 + `元`: only `元` is a unit entry).
    public var surface: String
    /// Canonical code (`CNY`, `count`, `m2`).
    public var code: String
    public var kind: FactKind
    /// Only a unit right after a magnitude (万方).
    public var afterMagnitudeOnly: Bool
    /// A currency that becomes the document region's currency when bare (元).
    public var regional: Bool
    /// 一 + this classifier is an article (一个, 一次).
    public var article: Bool
    /// A 3+ digit number right after a name, followed by this, is a designation (502所).
    public var nameSuffix: Bool
    /// Only a later part of a compound duration (8天20时, 8小时50分钟): alone, 20时 is a
    /// time of day and minutes are not scored.
    public var compoundOnly = false
    /// Must end a word: the next character is no ideograph but 的 了 时 (十个月大的, not 三天大会).
    public var endsWord = false
    /// Only with a cue word of its kind in the sentence (`unit-cues.tsv`: 温度…85度).
    public var cued = false
}

/// A value-changing qualifier (约, 近, 余, 以上).
public struct QualifierEntry: Sendable, Hashable {
    /// `afterUnit`: right after a duration, length or weight unit (3年多, 5公里多).
    /// `magnitude-prefix`: a prefix only before a bare magnitude (过万, 过亿), never before
    /// a numeral with digits (去过3次, 走过20年).
    public enum Position: String, Sendable {
        case prefix, infix, suffix, afterUnit = "after-unit", magnitudePrefix = "magnitude-prefix"
    }
    public var surface: String
    public var approx: Approximation
    public var position: Position
}

/// How a forecast word governs figures.
public enum ModalityScope: String, Sendable {
    /// Every later figure in the sentence.
    case sentence
    /// Later figures in the clause, when a verb or qualifier follows the word.
    case clause
    /// No figure: a word that holds a trigger but is none (预期寿命, life expectancy).
    case none
}

/// A relative year word (同年, 次年, 今年).
public struct RelativeYear: Sendable, Hashable {
    public enum Anchor: String, Sendable { case doc, publication }
    public var anchor: Anchor
    public var offset: Int
}

/// A deictic time word (目前, 当时).
public struct DeicticWord: Sendable, Hashable {
    public var anchor: RelativeYear.Anchor
    /// Days from the publication date (昨天 = -1).
    public var dayOffset: Int
}
