namespace FaqBot.Core.Answering.Triage;

/// <summary>
/// The triage weights were fitted for another sentence-embedding model than the configured one: their vectors would
/// mean nothing to the classifier, so triage refuses to start rather than score them silently.
/// </summary>
public sealed class TriageModelMismatchException : InvalidOperationException
{
    /// <summary>Creates the exception with its message.</summary>
    public TriageModelMismatchException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with an empty message.</summary>
    public TriageModelMismatchException()
    {
    }

    /// <summary>Creates the exception with its message and cause.</summary>
    public TriageModelMismatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
