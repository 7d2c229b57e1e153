package org.llmgateway.cfn.generators.deploy;

import org.llmgateway.cfn.generators.environment.EnvironmentConfig;
import org.llmgateway.cfn.generators.environment.Environments;

/** generated-templates/ with the prod parameter files, on moto. */
class ProdStacksOnMotoTest extends CheckedInStacksOnMoto {

  ProdStacksOnMotoTest(MotoServer moto) {
    super(moto);
  }

  @Override
  EnvironmentConfig config() {
    return Environments.PROD;
  }

  @Override
  String environment() {
    return "prod";
  }
}
