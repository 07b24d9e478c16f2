import FuzzTargets

/// The target chosen on the command line. libFuzzer calls back through a C function pointer,
/// which cannot capture it, so it is set once before fuzzing starts and only read afterwards.
enum SelectedTarget {
    nonisolated(unsafe) static var value: FuzzTarget = .quantities
}
