// Error of the .tflite reader and writer. Every message starts with the file
// (or buffer) name and says what is wrong and where: operator or tensor index,
// operator name, the supported list for unsupported operators.
#pragma once

#include "workloads/compiler/ir/model_error.h"

namespace tinysim::model {

class TfliteError : public ModelError {
 public:
  using ModelError::ModelError;
};

}  // namespace tinysim::model
