namespace FaqBot.Core.Answering.Crisis;

/// <summary>One way to get help now: a tap-to-call or tap-to-text link with its caption.</summary>
public sealed class CrisisContact
{
    /// <summary>The button caption, e.g. "Call 988".</summary>
    public string Label { get; set; } = "";

    /// <summary>A <c>tel:</c> or <c>sms:</c> link, e.g. <c>tel:988</c> (or an https page for a chat service).</summary>
    public string Uri { get; set; } = "";

    /// <summary>What it is, e.g. "Suicide &amp; Crisis Lifeline, 24/7".</summary>
    public string Note { get; set; } = "";

    /// <summary><c>crisis</c> (a crisis line), <c>emergency</c> (emergency services) or <c>clinic</c> (the clinic itself).</summary>
    public string Kind { get; set; } = "crisis";
}
