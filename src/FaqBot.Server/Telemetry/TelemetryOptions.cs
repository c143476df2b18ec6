namespace FaqBot.Server.Telemetry;

// Section "Telemetry": metrics and traces (OpenTelemetry). Everything off by default.
public sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    // Serve a Prometheus scrape endpoint at PrometheusPath.
    public bool Prometheus { get; set; }

    public string PrometheusPath { get; set; } = "/metrics";

    // Empty: the endpoint is served on the site's own addresses (block it at the proxy). An address such as
    // http://127.0.0.1:9464: FaqBot also listens there, and serves the endpoint there only (and nothing else there).
    public string? PrometheusUrl { get; set; }

    // An OTLP collector (http://collector:4317) to push traces and metrics to; empty: none.
    public string? OtlpEndpoint { get; set; }

    public bool Enabled => Prometheus || !string.IsNullOrWhiteSpace(OtlpEndpoint);

    // The port of PrometheusUrl, or null when the endpoint shares the site's addresses.
    public int? PrometheusPort =>
        string.IsNullOrWhiteSpace(PrometheusUrl) ? null
        : Uri.TryCreate(PrometheusUrl.Replace("*", "localhost", StringComparison.Ordinal).Replace("+", "localhost", StringComparison.Ordinal), UriKind.Absolute, out var uri) ? uri.Port
        : throw new Microsoft.Extensions.Options.OptionsValidationException(SectionName, typeof(TelemetryOptions),
            [$"Telemetry:PrometheusUrl '{PrometheusUrl}' is not an address such as http://127.0.0.1:9464."]);
}
