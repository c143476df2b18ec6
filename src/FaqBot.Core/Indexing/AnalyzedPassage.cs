using FaqBot.Core.Analysis;
using FaqBot.Core.KnowledgeBase;

namespace FaqBot.Core.Indexing;

/// <summary>A passage with each searched field analysed once (<see cref="PassageAnalyzer"/>), ready to be indexed.</summary>
/// <param name="Passage">The passage.</param>
/// <param name="Vectors">Its vectors (whole passage, then sentences), or null without an embedding model.</param>
/// <param name="Body">The body's tokens.</param>
/// <param name="Title">The document title's tokens.</param>
/// <param name="Heading">The heading's tokens, or null when the passage has no heading.</param>
/// <param name="Questions">Each curated question's tokens.</param>
/// <param name="All">Every distinct term of those fields, once each (the <c>all</c> field records no frequencies or positions).</param>
/// <param name="Words">Every distinct word as written, lower-cased, stop words dropped, unstemmed (the <c>words</c> field).</param>
internal sealed record AnalyzedPassage(
    Passage Passage,
    float[][]? Vectors,
    RecordedTokens Body,
    RecordedTokens Title,
    RecordedTokens? Heading,
    RecordedTokens[] Questions,
    RecordedTokens All,
    RecordedTokens Words);
