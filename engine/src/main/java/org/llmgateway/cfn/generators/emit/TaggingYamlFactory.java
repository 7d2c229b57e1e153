package org.llmgateway.cfn.generators.emit;

import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.Writer;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.events.ImplicitTuple;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * A YAML factory whose generators honour {@link YAMLGenerator#writeTypeId} on scalars as well as
 * on collections. Jackson marks every scalar's tag implicit, so {@code !Ref Vpc} would lose its
 * tag; CloudFormation's short forms need it written.
 */
final class TaggingYamlFactory extends YAMLFactory {

  private static final long serialVersionUID = 1L;

  private static final ImplicitTuple EXPLICIT = new ImplicitTuple(false, false);

  TaggingYamlFactory(YAMLFactoryBuilder builder) {
    super(builder);
  }

  @Override
  protected YAMLGenerator _createGenerator(Writer out, IOContext context) throws IOException {
    return new TaggingGenerator(
        context, _generatorFeatures, _yamlGeneratorFeatures, _quotingChecker, _objectCodec, out,
        _version);
  }

  static final class TaggingGenerator extends YAMLGenerator {
    TaggingGenerator(
        IOContext context,
        int features,
        int yamlFeatures,
        com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker quoting,
        com.fasterxml.jackson.core.ObjectCodec codec,
        Writer out,
        DumperOptions.Version version)
        throws IOException {
      super(context, features, yamlFeatures, quoting, codec, out, version);
    }

    /**
     * Jackson leaves a collection's tag pending after the start event; it must not leak to the
     * collection's first scalar.
     */
    void forgetPendingTag() {
      _typeId = null;
    }

    @Override
    protected ScalarEvent _scalarEvent(String value, DumperOptions.ScalarStyle style) {
      String tag = _typeId;
      if (tag == null) {
        return super._scalarEvent(value, style);
      }
      _typeId = null;
      return new ScalarEvent(null, tag, EXPLICIT, value, null, null, style);
    }
  }
}
