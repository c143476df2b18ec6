using System.Diagnostics.CodeAnalysis;

namespace FaqBot.Channels.DirectLine;

/// <summary>What opening a stream found: the live stream to pump into the accepted WebSocket, or the error to answer instead.</summary>
public sealed record DirectLineStreamOpening
{
    private DirectLineStreamOpening(IActivityStream? stream, DirectLineResult? error) => (Stream, Error) = (stream, error);

    /// <summary>The subscribed stream (the caller disposes it), or null when refused.</summary>
    public IActivityStream? Stream { get; }

    /// <summary>Why the stream was refused, or null when it opened.</summary>
    public DirectLineResult? Error { get; }

    /// <summary>True when <see cref="Stream"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Stream))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Opened => Stream is not null;

    /// <summary>An opened stream.</summary>
    public static DirectLineStreamOpening Of(IActivityStream stream) => new(stream, null);

    /// <summary>A refusal.</summary>
    public static DirectLineStreamOpening Refused(DirectLineResult error) => new(null, error);
}
