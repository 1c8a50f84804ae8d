import FactCore

/// The cue lexicon (`validation-cues.tsv`) could not be read or has a bad line:
/// the project's one lexicon error, naming file and line.
public typealias CueLexiconError = LexiconError
