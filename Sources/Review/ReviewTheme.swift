/// The page colours other than the kinds', named so tests can check their contrast.
enum ReviewTheme {
    static let background = RGB(0xFFFFFF)
    static let panel = RGB(0xF4F5F7)
    static let text = RGB(0x1B1B1B)
    static let muted = RGB(0x4D5159)
    static let link = RGB(0x0B57D0)
    static let focus = RGB(0x0B57D0)
    static let rule = RGB(0xC4C7CC)
    static let error = RGB(0xB3261E)
    static let warning = RGB(0x8A5300)
    static let info = RGB(0x0B57D0)

    /// Pairs of (foreground, background) that carry text on the page.
    static let textPairs: [(String, RGB, RGB)] = [
        ("text", text, background), ("text on panel", text, panel),
        ("muted", muted, background), ("muted on panel", muted, panel),
        ("link", link, background), ("link on panel", link, panel),
        ("error", error, background), ("warning", warning, background), ("info", info, background),
        ("error on panel", error, panel), ("warning on panel", warning, panel),
    ]
}
