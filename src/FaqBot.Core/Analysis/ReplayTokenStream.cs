using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace FaqBot.Core.Analysis;

/// <summary>
/// A token stream that plays back tokens recorded from an analysis chain, so that a text analysed once can fill
/// several index fields. Reusable: <see cref="Load"/> the next tokens once the index writer has consumed the last
/// ones (it resets, reads, ends and disposes the stream for each field; disposing keeps the stream usable).
/// </summary>
public sealed class ReplayTokenStream : TokenStream
{
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _increment;
    private readonly IOffsetAttribute _offset;
    private RecordedTokens _tokens = RecordedTokens.Empty;
    private int _next;

    /// <summary>Creates an empty stream.</summary>
    public ReplayTokenStream()
    {
        _term = AddAttribute<ICharTermAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    /// <summary>Sets the tokens the next read plays back.</summary>
    /// <returns>This stream.</returns>
    public ReplayTokenStream Load(RecordedTokens tokens)
    {
        _tokens = tokens ?? throw new ArgumentNullException(nameof(tokens));
        _next = 0;
        return this;
    }

    /// <inheritdoc/>
    public override void Reset()
    {
        base.Reset();
        _next = 0;
    }

    /// <inheritdoc/>
    public override bool IncrementToken()
    {
        if (_next >= _tokens.Tokens.Count)
        {
            return false;
        }

        ClearAttributes();
        var token = _tokens.Tokens[_next++];
        _term.SetEmpty().Append(token.Term);
        _increment.PositionIncrement = token.Increment;
        _offset.SetOffset(token.Start, token.End);
        return true;
    }

    /// <inheritdoc/>
    public override void End()
    {
        // As the chain ended: stop words after the last token still advance the position (the next value of a
        // multi-valued field starts after them).
        base.End();
        _increment.PositionIncrement = _tokens.EndIncrement;
        _offset.SetOffset(_tokens.EndOffset, _tokens.EndOffset);
    }

    // Nothing to release: the tokens belong to the caller, and the stream is loaded again for the next field.
    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
    }
}
