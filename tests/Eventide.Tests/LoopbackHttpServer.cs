using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Eventide.Tests;

/// <summary>
/// A small HTTP server on 127.0.0.1 for the fetch programs (Fetch/*.js), the same for node and
/// Eventide: fixed JSON and text, an echo of what was sent, statuses, redirects, a slow answer, a
/// flaky endpoint that fails a given number of times, pages, and a multipart upload summary.
/// </summary>
public sealed class LoopbackHttpServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Dictionary<string, int> _attempts = new();
    private readonly CancellationTokenSource _stop = new();

    public string BaseUrl { get; }
    /// <summary>A loopback port nothing listens on (for connection-refused cases).</summary>
    public int ClosedPort { get; } = FreePort();

    public LoopbackHttpServer()
    {
        int port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        _listener.Prefixes.Add(BaseUrl + "/");
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        int port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception) when (_stop.IsCancellationRequested) { return; }
            catch (HttpListenerException) { return; }
            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var request = context.Request;
        var response = context.Response;
        string[] parts = request.Url!.AbsolutePath.Trim('/').Split('/');
        string body = await new StreamReader(request.InputStream, Encoding.UTF8).ReadToEndAsync();
        try
        {
            switch (parts[0])
            {
                case "json":
                    await Send(response, 200, "application/json", "{\"hello\":\"world\",\"items\":[1,2,3]}");
                    break;
                case "text":
                    await Send(response, 200, "text/plain; charset=utf-8", "plain text body, ünïcödé");
                    break;
                case "echo":
                    string echo = $"{{\"method\":{Quote(request.HttpMethod)},\"contentType\":{Quote(request.ContentType)},\"custom\":{Quote(request.Headers["x-custom"])},\"accept\":{Quote(request.Headers["accept"])},\"length\":{Encoding.UTF8.GetByteCount(body)},\"body\":{Quote(body)}}}";
                    await Send(response, 200, "application/json", echo);
                    break;
                case "status":
                    await Send(response, int.Parse(parts[1]), "text/plain", $"status {parts[1]}");
                    break;
                case "redirect":
                    response.Headers["Location"] = "/json";
                    await Send(response, 302, "text/plain", "moved");
                    break;
                case "slow":
                    await Task.Delay(int.Parse(parts[1]), _stop.Token);
                    await Send(response, 200, "text/plain", "slow done");
                    break;
                case "slow-body":
                    // The head at once, the body after a delay.
                    response.StatusCode = 200;
                    response.ContentType = "text/plain";
                    response.SendChunked = true;
                    await response.OutputStream.WriteAsync(Encoding.UTF8.GetBytes("first part "));
                    await response.OutputStream.FlushAsync();
                    await Task.Delay(int.Parse(parts[1]), _stop.Token);
                    await response.OutputStream.WriteAsync(Encoding.UTF8.GetBytes("second part"));
                    response.Close();
                    break;
                case "flaky":
                    int attempt;
                    lock (_attempts) attempt = _attempts[parts[1]] = _attempts.GetValueOrDefault(parts[1]) + 1;
                    if (attempt <= int.Parse(parts[2])) await Send(response, 503, "text/plain", "try again");
                    else await Send(response, 200, "application/json", $"{{\"attempt\":{attempt}}}");
                    break;
                case "items":
                    int page = int.Parse(request.QueryString["page"] ?? "1");
                    string items = string.Join(",", Enumerable.Range((page - 1) * 3 + 1, 3).Select(i => $"{{\"id\":{i}}}"));
                    await Send(response, 200, "application/json", $"{{\"items\":[{items}],\"nextPage\":{(page < 3 ? (page + 1).ToString() : "null")}}}");
                    break;
                case "upload":
                    bool multipart = request.ContentType?.StartsWith("multipart/form-data; boundary=", StringComparison.Ordinal) == true;
                    int fields = body.Split("Content-Disposition: form-data;").Length - 1;
                    string file = body.Contains("filename=\"blob\"", StringComparison.Ordinal) ? "blob" : body.Contains("filename=", StringComparison.Ordinal) ? "named" : "none";
                    await Send(response, 200, "application/json", $"{{\"multipart\":{(multipart ? "true" : "false")},\"fields\":{fields},\"file\":{Quote(file)},\"length\":{body.Length}}}");
                    break;
                default:
                    await Send(response, 404, "text/plain", "not found");
                    break;
            }
        }
        catch (Exception) when (_stop.IsCancellationRequested)
        {
        }
        catch (HttpListenerException)
        {
            // The client went away (an aborted fetch).
        }
    }

    private static string Quote(string? s) => s is null ? "null" : System.Text.Json.JsonSerializer.Serialize(s);

    private static async Task Send(HttpListenerResponse response, int status, string type, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        response.StatusCode = status;
        response.ContentType = type;
        response.ContentLength64 = bytes.Length;
        await response.OutputStream.WriteAsync(bytes);
        response.Close();
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
    }
}
