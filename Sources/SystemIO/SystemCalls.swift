#if canImport(Glibc)
internal import Glibc
#elseif canImport(Darwin)
internal import Darwin
#endif

// The C calls whose names ``FileDescriptor``'s methods take over
// (`open`, `read`, `write`, `close`), called by module name here.

func systemOpen(_ path: String, _ flags: Int32, _ permissions: mode_t) -> Int32 {
    #if canImport(Glibc)
    return Glibc.open(path, flags, permissions)
    #else
    return Darwin.open(path, flags, permissions)
    #endif
}

func systemOpen(_ path: UnsafePointer<CChar>, _ flags: Int32, _ permissions: mode_t) -> Int32 {
    #if canImport(Glibc)
    return Glibc.open(path, flags, permissions)
    #else
    return Darwin.open(path, flags, permissions)
    #endif
}

func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.read(descriptor, buffer, count)
    #else
    return Darwin.read(descriptor, buffer, count)
    #endif
}

func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.write(descriptor, bytes, count)
    #else
    return Darwin.write(descriptor, bytes, count)
    #endif
}

func systemClose(_ descriptor: Int32) -> Int32 {
    #if canImport(Glibc)
    return Glibc.close(descriptor)
    #else
    return Darwin.close(descriptor)
    #endif
}
