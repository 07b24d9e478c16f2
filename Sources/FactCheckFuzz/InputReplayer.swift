import Foundation
import FuzzTargets

/// Runs saved inputs through a target without libFuzzer: each file named, and every file in each
/// folder named. A crash stops the process, as it would in the fuzzer, so the last line printed
/// names the input that caused it.
enum InputReplayer {
    static func replay(paths: [String], through target: FuzzTarget) -> Int32 {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                FileHandle.standardError.write(Data("factcheck-fuzz: \(path): no such file or folder\n".utf8))
                return 2
            }
            if isDirectory.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                files += names.sorted().map { (path as NSString).appendingPathComponent($0) }
            } else {
                files.append(path)
            }
        }
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else { continue }
            print("\(target.rawValue): \(file)")
            target.run([UInt8](data))
        }
        print("\(target.rawValue): \(files.count) inputs, no crash")
        return 0
    }
}
