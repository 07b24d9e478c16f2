#if FUZZING
import Foundation
import FuzzTargets

// libFuzzer's entry point for programs that keep their own `main` (libclang_rt.fuzzer_no_main).
// SwiftPM gives every executable its own `main`, so the usual LLVMFuzzerTestOneInput-plus-libFuzzer-
// main arrangement cannot link; the driver is called instead.
@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

/// Hands libFuzzer its options and corpus folders (the target name already removed).
enum LibFuzzerDriver {
    static func run(arguments: [String]) -> Int32 {
        var pointers: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        var argc = Int32(arguments.count)
        return pointers.withUnsafeMutableBufferPointer { buffer in
            var argv = buffer.baseAddress!
            return LLVMFuzzerRunDriver(&argc, &argv) { data, size in
                let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
                SelectedTarget.value.run(bytes)
                return 0
            }
        }
    }
}
#endif
