/// Why no sample data was written.
package enum SampleDataError: Error, CustomStringConvertible, Equatable {
    /// The output folder holds something already: a site, or anything else of the user's.
    case folderNotEmpty(path: String)

    package var description: String {
        switch self {
        case .folderNotEmpty(let path):
            "\(path): not empty, and generate-sample writes a new site only into a new or empty folder (nothing was written): choose another --output, or pass --force to add its files here, overwriting files of the same names"
        }
    }
}
