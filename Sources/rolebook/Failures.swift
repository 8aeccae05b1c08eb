import ArgumentParser
import Foundation

/// Failures that are not about the content, told as `error: <path>: <reason>` on one line (exit 1):
/// folders named on the command line that cannot be used, and errors thrown while building.
enum Failures {
    /// Why the folder at `path` cannot be read as a site root; nil when it can.
    static func rootProblem(_ path: String) -> String? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return "no such folder" }
        guard isDirectory.boolValue else { return "not a folder: --root names the folder that holds content/" }
        guard access(path, R_OK | X_OK) == 0 else { return reason(errno) }
        return nil
    }

    /// Why Rolebook could not write into the folder at `path` (given as `option`), or nil when it
    /// can or the writer must decide: a link is left to the writer, which refuses links it should
    /// not follow. A folder that does not exist yet needs a folder it can be made in.
    static func outputProblem(_ path: String, option: String) -> String? {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        if let type = try? FileManager.default.attributesOfItem(atPath: url.path)[.type] as? FileAttributeType {
            switch type {
            case .typeSymbolicLink: return nil
            case .typeDirectory: return access(url.path, W_OK | X_OK) == 0 ? nil : reason(errno)
            default: return "not a folder: \(option) names the folder Rolebook writes into"
            }
        }
        var ancestor = url.deletingLastPathComponent()
        while ancestor.path != "/", !FileManager.default.fileExists(atPath: ancestor.path) {
            ancestor = ancestor.deletingLastPathComponent()
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: ancestor.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            return "cannot be made: \(ancestor.path) is a file, not a folder"
        }
        guard access(ancestor.path, W_OK | X_OK) == 0 else {
            return "cannot be made in \(ancestor.path): \(reason(errno))"
        }
        return nil
    }

    /// One line for an error thrown by the build: Rolebook's own errors say what happened; a
    /// Foundation error (which prints as a dump of its user info) becomes its path and the
    /// system's reason.
    static func describe(_ error: Error) -> (subject: String?, reason: String) {
        let ns = error as NSError
        guard ns.domain == NSCocoaErrorDomain || ns.domain == NSPOSIXErrorDomain else { return (nil, "\(error)") }
        let path = ns.userInfo[NSFilePathErrorKey] as? String ?? (ns.userInfo[NSURLErrorKey] as? URL)?.path
        let why: String =
            if ns.domain == NSPOSIXErrorDomain {
                reason(Int32(ns.code))
            } else if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError,
                underlying.domain == NSPOSIXErrorDomain
            {
                reason(Int32(underlying.code))
            } else {
                switch CocoaError.Code(rawValue: ns.code) {
                case .fileWriteFileExists: "a file is in the way"
                case .fileNoSuchFile, .fileReadNoSuchFile: "no such file or folder"
                case .fileReadNoPermission, .fileWriteNoPermission: "permission denied"
                case .fileWriteOutOfSpace: "no space left on the device"
                case .fileWriteVolumeReadOnly: "read-only file system"
                default: ns.localizedDescription
                }
            }
        return (path, why)
    }

    /// The system's reason for an errno, as a phrase: "permission denied".
    static func reason(_ code: Int32) -> String {
        let text = String(cString: strerror(code))
        return text.prefix(1).lowercased() + text.dropFirst()
    }
}

/// Runs a command's work; a failure that is not a content diagnostic (an unwritable folder, a file
/// in the way) is printed as one `error:` line, and the command exits 1.
func reportingFailureAsync<T>(_ work: () async throws -> T) async throws -> T {
    do { return try await work() } catch { throw reported(error) }
}

func reportingFailure<T>(_ work: () throws -> T) throws -> T {
    do { return try work() } catch { throw reported(error) }
}

/// Prints a failure once and turns it into exit status 1; an exit code passes through.
private func reported(_ error: any Error) -> any Error {
    if let exit = error as? ExitCode { return exit }
    let (subject, reason) = Failures.describe(error)
    Terminal.failure(subject, reason)
    return ExitCode.failure
}
