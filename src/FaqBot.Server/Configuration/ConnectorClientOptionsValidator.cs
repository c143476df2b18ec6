using FaqBot.Channels.BotFramework.Connector;
using Microsoft.Extensions.Options;

namespace FaqBot.Server.Configuration;

// Rules between the Connector's retry keys: one attempt must fit in the whole send, and the first back-off in the
// longest one, or retries silently never happen.
public sealed class ConnectorClientOptionsValidator : IValidateOptions<ConnectorClientOptions>
{
    private const string Section = ConnectorClientOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, ConnectorClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.AttemptTimeout > options.TotalTimeout)
        {
            failures.Add($"{Section}:AttemptTimeout ({options.AttemptTimeout}) is longer than {Section}:TotalTimeout ({options.TotalTimeout}).");
        }

        if (options.BaseDelay > options.MaxRetryDelay)
        {
            failures.Add($"{Section}:BaseDelay ({options.BaseDelay}) is longer than {Section}:MaxRetryDelay ({options.MaxRetryDelay}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
