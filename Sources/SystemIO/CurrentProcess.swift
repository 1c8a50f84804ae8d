#if canImport(Glibc)
internal import Glibc
#elseif canImport(Darwin)
internal import Darwin
#endif

/// The running process: its id and its resource use (`getrusage(2)`).
public enum CurrentProcess {
    /// `getpid(2)`.
    public static var id: Int32 { getpid() }

    /// User plus system CPU time of the process so far, in seconds.
    public static func cpuSeconds() -> Double {
        let usage = resourceUsage()
        return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
            + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    }

    /// Peak resident set size so far, in bytes.
    public static func peakResidentBytes() -> Int {
        let usage = resourceUsage()
        #if canImport(Darwin)
        return Int(usage.ru_maxrss)
        #else
        return Int(usage.ru_maxrss) * 1024
        #endif
    }

    #if canImport(Glibc)
    private static let rusageSelf = __rusage_who_t(RUSAGE_SELF.rawValue)
    #else
    private static let rusageSelf = RUSAGE_SELF
    #endif

    private static func resourceUsage() -> rusage {
        var usage = rusage()
        getrusage(rusageSelf, &usage)
        return usage
    }
}
