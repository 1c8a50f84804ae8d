#if canImport(Glibc)
internal import Glibc
#elseif canImport(Darwin)
internal import Darwin
#endif

/// The running process: its id and its resource use (`getrusage(2)`).
public enum CurrentProcess {
    /// `getpid(2)`.
    public static var id: Int32 { getpid() }

    /// The command line as the kernel holds it, one byte array per argument
    /// (the program first): `/proc/self/cmdline` split at its NULs. Unlike
    /// `CommandLine.arguments`, whose strings replace bytes that are not
    /// UTF-8, these are the bytes the shell passed (a GBK file name that a
    /// glob expanded to). Nil where there is no `/proc` or it cannot be read.
    public static func rawArguments() -> [[UInt8]]? {
        #if os(Linux)
        guard let descriptor = try? FileDescriptor.open("/proc/self/cmdline", .readOnly) else { return nil }
        defer { try? descriptor.close() }
        // procfs reports size 0: the hint is only a first read's capacity.
        guard let bytes = try? descriptor.readAll(sizeHint: 0, limit: nil) else { return nil }
        var arguments = bytes.split(separator: 0, omittingEmptySubsequences: false).map(Array.init)
        // Every argument ends in a NUL, so the split leaves an empty last piece.
        if arguments.last?.isEmpty == true { arguments.removeLast() }
        return arguments
        #else
        return nil
        #endif
    }

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
