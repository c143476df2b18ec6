using System.ComponentModel.DataAnnotations;

namespace FaqBot.Channels.BotFramework.Connector;

/// <summary>Retry and timeout budget for Connector calls, sized so a reply lands within Teams' 15 seconds.</summary>
public sealed class ConnectorClientOptions
{
    /// <summary>Configuration section the options are bound from.</summary>
    public const string SectionName = "BotFramework:Connector";

    /// <summary>Retries after the first attempt (0 disables retrying).</summary>
    /// <value>The default value is 3.</value>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>First back-off delay; later ones grow exponentially with jitter.</summary>
    /// <value>The default value is 500 ms.</value>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Longest wait between attempts; a longer Retry-After means giving up.</summary>
    /// <value>The default value is 4 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(4);

    /// <summary>Timeout of one HTTP attempt.</summary>
    /// <value>The default value is 5 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Timeout of one send including all retries.</summary>
    /// <value>The default value is 10 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
