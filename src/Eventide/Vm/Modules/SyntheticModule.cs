using Eventide.Builtins;
using Eventide.Runtime;

namespace Eventide.Vm.Modules;

/// <summary>
/// A Synthetic Module Record (as in the JSON modules and ShadowRealm proposals): a fixed list of
/// export names whose values its evaluation steps set. node uses them for CommonJS, JSON and
/// built-in modules imported from ES modules.
/// </summary>
internal sealed class SyntheticModule : ModuleRecord
{
    private readonly List<string> _exportNames;
    private readonly Action<SyntheticModule> _evaluationSteps;
    private JsPromise? _evaluation;

    public SyntheticModule(Realm realm, string url, IEnumerable<string> exportNames, Action<SyntheticModule> evaluationSteps)
        : base(realm, url)
    {
        _exportNames = exportNames.Distinct().ToList();
        _evaluationSteps = evaluationSteps;
    }

    public override List<string> GetExportedNames(List<ModuleRecord>? exportStarSet = null) => [.. _exportNames];

    public override ResolvedBinding? ResolveExport(string exportName, List<(ModuleRecord, string)>? resolveSet = null) =>
        _exportNames.Contains(exportName) ? new ResolvedBinding(this, exportName) : null;

    public override int SlotOf(string bindingName) => _exportNames.IndexOf(bindingName);

    /// <summary>Link: the environment, every binding initialised to undefined.</summary>
    public override void Link()
    {
        if (Environment is not null) return;
        Environment = new Context(null, _exportNames.Count);
    }

    /// <summary>Evaluate: runs the evaluation steps once; the promise is already settled.</summary>
    public override JsPromise Evaluate()
    {
        if (_evaluation is not null) return _evaluation;
        var capability = PromiseCapability.ForIntrinsic(Realm);
        _evaluation = (JsPromise)capability.Promise;
        try
        {
            _evaluationSteps(this);
            capability.CallResolve(JsValue.Undefined);
        }
        catch (JsException e)
        {
            _evaluation.IsHandled = true; // the importer reports it
            capability.CallReject(e.GetValue(Realm));
        }
        return _evaluation;
    }

    /// <summary>SetSyntheticModuleExport ( module, exportName, exportValue )</summary>
    public void SetExport(string name, JsValue value)
    {
        int slot = _exportNames.IndexOf(name);
        if (slot >= 0) Environment!.Slots[slot] = value;
    }
}
