package org.llmgateway.cfn.generators.deploy;

/** generated-templates/ with the prod parameter files, on moto. */
class ProdStacksOnMotoTest extends CheckedInStacksOnMoto {

  ProdStacksOnMotoTest(MotoServer moto) {
    super(moto);
  }

  @Override
  String environment() {
    return "prod";
  }
}
