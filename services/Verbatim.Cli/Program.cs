using System.CommandLine;
using Verbatim.Cli;

var translationUrl = new Option<string>("--translation") { Description = "Translation service URL", DefaultValueFactory = _ => Env("VERBATIM_TRANSLATION_URL", "http://localhost:5100") };
var searchUrl = new Option<string>("--search") { Description = "Search service URL", DefaultValueFactory = _ => Env("VERBATIM_SEARCH_URL", "http://localhost:5200") };
var apiKey = new Option<string?>("--api-key") { Description = "API key sent as x-api-key (env VERBATIM_API_KEY)", DefaultValueFactory = _ => Environment.GetEnvironmentVariable("VERBATIM_API_KEY") };

var timeout = new Option<int>("--timeout") { Description = "Seconds to wait", DefaultValueFactory = _ => 120 };
var wait = new Command("wait", "Wait until both services report SERVING") { timeout };
wait.SetAction((parse, ct) => Commands.WaitAsync(parse.GetValue(translationUrl)!, parse.GetValue(searchUrl)!, parse.GetValue(timeout), ct));

var files = new Argument<FileInfo[]>("files") { Description = "French dispatches (UTF-8 text files)", Arity = ArgumentArity.OneOrMore };
var submit = new Command("submit", "Submit dispatch files to the translation service") { files };
submit.SetAction((parse, ct) => Commands.SubmitAsync(parse.GetValue(translationUrl)!, parse.GetValue(apiKey), parse.GetValue(files)!, ct));

var query = new Argument<string>("query") { Description = "Query (French or English)", Arity = ArgumentArity.ZeroOrOne, DefaultValueFactory = _ => "" };
var speaker = new Option<string?>("--speaker") { Description = "Speaker id or name" };
var limit = new Option<int>("--limit") { Description = "Results to print", DefaultValueFactory = _ => 5 };
var waitFor = new Option<int>("--wait") { Description = "Seconds to keep retrying until something matches", DefaultValueFactory = _ => 0 };
var search = new Command("search", "Search statements") { query, speaker, limit, waitFor };
search.SetAction((parse, ct) => Commands.SearchAsync(parse.GetValue(searchUrl)!, parse.GetValue(apiKey), parse.GetValue(query)!,
    parse.GetValue(speaker), parse.GetValue(limit), parse.GetValue(waitFor), ct));

var broker = new Option<string>("--broker") { Description = "RabbitMQ URI, amqp://user:pass@host:port/vhost (env VERBATIM_BROKER_URI)", DefaultValueFactory = _ => Env("VERBATIM_BROKER_URI", "amqp://guest:guest@localhost:5672/") };
var queue = new Option<string>("--queue") { Description = "Queue whose _error queue is replayed", DefaultValueFactory = _ => "verbatim-search-dispatch-translated" };
var max = new Option<int>("--max") { Description = "Messages to move at most", DefaultValueFactory = _ => int.MaxValue };
var replay = new Command("replay-errors", "Move messages from QUEUE_error back to QUEUE after fixing their cause") { broker, queue, max };
replay.SetAction((parse, ct) => Uri.TryCreate(parse.GetValue(broker), UriKind.Absolute, out var uri)
    ? ErrorReplay.RunAsync(uri, parse.GetValue(queue)!, parse.GetValue(max), ct)
    : Task.FromResult(Fail($"--broker '{parse.GetValue(broker)}' is not an absolute amqp:// URI")));

var root = new RootCommand("Verbatim command-line client") { wait, submit, search, replay };
root.Options.Add(translationUrl);
root.Options.Add(searchUrl);
root.Options.Add(apiKey);
return await root.Parse(args).InvokeAsync();

static int Fail(string message)
{
    Console.Error.WriteLine(message);
    return 2;
}

static string Env(string name, string fallback) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } v ? v : fallback;
