namespace FaqBot.Core.Answering.Triage;

/// <summary>
/// Greeting, thanks, help and goodbye lexicons. Every pattern is anchored at both ends of the normalized
/// message, so small talk is recognised only when the message is essentially just that: "hi, how long
/// does a session last?" must reach retrieval as a question.
/// </summary>
internal static class SmalltalkPatterns
{
    // Filler that may open a small-talk message: "ok thanks", "oh hi".
    private const string Lead = "((ok|okay|k|oh|ah|well|um|umm|hmm|great|cool|awesome|perfect|alright|right|nice|wow|yes|yeah|yep|no|nope) )*";

    // Filler that may close one: "bye now", "thanks again bot".
    private const string Tail = "( (there|all|everyone|everybody|bot|faqbot|friend|mate|again|now|then|for now|lol|haha|please|pls|plz|x+|team|folks|guys|you|u|anyone there|is anyone there|anybody there|are you there))*";

    private const string Greeting =
        "(how are you|how are you doing|how r u|how are u|hows it going|hi+|hey+|heya|hello+|helo|hallo|hullo|howdy|hiya|yo|"
        + "greetings|good (morning|afternoon|evening|day)|morning|afternoon|evening|sup|whats up|wassup|hola)";

    /// <summary>Maximum normalized length worth testing: small talk is short.</summary>
    public const int MaxLength = 80;

    /// <summary>Rules in priority order (goodbye first so "ok thanks bye" is a goodbye).</summary>
    public static readonly IReadOnlyList<TriageRule> Rules =
    [
        new("goodbye", $@"^{Lead}((thanks|thank you|thx|ty|cheers) )*(bye+|bye bye|by+e|goodbye|good bye|bye for now|see (you|ya|u)( later| soon| around)?|later|laters|cya|ttyl|talk (to you )?(later|soon)|good ?night|gn|night|take care|thats all|that is all|thats it|im done|i am done|all done|done|gotta go|have a (good|nice|great|lovely) (day|night|one|evening|weekend))( (thanks|thank you|thx|ty|cheers))*{Tail}$"),
        new("thanks", $@"^{Lead}((that was|thats|this was|this is|very|really|super|so) )*(helpful|useful|great|very helpful|informative|good to know)?( ?(thanks+|thank you+|thankyou|thank u|thanx|thnx|thnks|thx|ty|tysm|tyvm|cheers|many thanks|much appreciated|appreciate it|i appreciate it|i appreciate that|thanks a lot|thanks a bunch|thanks a ton))+( (so|very) much| a lot| a ton| heaps| loads| again)*( for (your|the|all the|all your|all of the) (help|answers?|info|information|explanation)| for that| for this| for helping( me)?| for the info)?{Tail}$"),
        new("thanks", $@"^{Lead}((that was|thats|this was|this is|very|really|super|so) )+(helpful|useful|informative|great|perfect|good to know){Tail}$"),
        // A bare acknowledgement closes a thread like thanks does; sent to retrieval it would only abstain.
        new("thanks", @"^(ok|okay|k|kk|cool|got it|gotcha|great|perfect|nice|alright|sounds good|understood|i see|makes sense|fair enough|good|good to know|noted)( (ok|okay|cool|great|thanks|then|lol|haha))*$"),
        new("greeting", $@"^{Lead}{Greeting}( {Greeting})*{Tail}( (how are you|how are you doing|how r u|how are u|hows it going|how is it going|hope you are well|hope youre well|nice to meet you))?{Tail}$"),
        new("help", $@"^{Lead}(help|help me|help please|menu|options|commands|start|get started|what can you do|what do you do|what can i ask( you)?|what should i ask( you)?|what questions can i ask( you)?|what do you know( about)?|what can you help (me )?with|what can you tell me( about)?|what are you|who are you|are you a (bot|robot|human|real person|person|ai)|are you real|how does this (work|bot work|chat work)|how do i use (this|you|this bot)|what is this|what topics( do you cover| can you answer)?|who made you|who built you|who runs this|what are you for){Tail}$"),
    ];
}
