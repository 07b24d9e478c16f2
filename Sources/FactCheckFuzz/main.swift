// factcheck-fuzz TARGET [libFuzzer options and corpus folders]
//
// Built by `Fuzz/run` with coverage instrumentation, AddressSanitizer and libFuzzer's driver
// (`-DFUZZING`), it fuzzes one `FuzzTarget`. Built normally (as `swift build` does), it replays the
// given files or folders through the target, so a crash input can be run under a debugger.
import Foundation
import FuzzTargets

let arguments = CommandLine.arguments
guard arguments.count >= 2, let target = FuzzTarget(rawValue: arguments[1]) else {
    let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
    FileHandle.standardError.write(Data("usage: factcheck-fuzz TARGET [options] [corpus...]\ntargets: \(names)\n".utf8))
    exit(2)
}
SelectedTarget.value = target

#if FUZZING
exit(LibFuzzerDriver.run(arguments: [arguments[0]] + arguments.dropFirst(2)))
#else
exit(InputReplayer.replay(paths: Array(arguments.dropFirst(2)), through: target))
#endif
