import FuzzHarness

/// libFuzzer's entry point for the `guidance` target; see `FuzzHarness.guidance`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzHarness.check(FuzzHarness.run("guidance", UnsafeBufferPointer(start: data, count: size)))
    return 0
}
