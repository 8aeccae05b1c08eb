import FuzzHarness

/// libFuzzer's entry point for the `loader` target; see `FuzzHarness.loader`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzHarness.check(FuzzHarness.run("loader", UnsafeBufferPointer(start: data, count: size)))
    return 0
}
