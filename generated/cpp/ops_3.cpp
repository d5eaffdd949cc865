// generated from spec/torch_api.yaml by sffi-gen; do not edit
// Indexing and Slicing, Neural Network Operations, Loss Functions, Autograd, Device Management, CUDA Streams, Memory Management, Tensor Data, Parameter Updates: 216 function(s) of the C ABI (see torch_sffi.h).
#include "sffi_runtime.h"

#if __has_include(<ATen/ops/_upsample_bicubic2d_aa.h>)
#include <ATen/ops/_upsample_bicubic2d_aa.h>
#else
#line 10091 "spec/torch_api.yaml"
#error "binds calls at::_upsample_bicubic2d_aa, which this ATen does not have (no <ATen/ops/_upsample_bicubic2d_aa.h>)"
#endif
#if __has_include(<ATen/ops/_upsample_bilinear2d_aa.h>)
#include <ATen/ops/_upsample_bilinear2d_aa.h>
#else
#line 10091 "spec/torch_api.yaml"
#error "binds calls at::_upsample_bilinear2d_aa, which this ATen does not have (no <ATen/ops/_upsample_bilinear2d_aa.h>)"
#endif
#if __has_include(<ATen/ops/_upsample_nearest_exact1d.h>)
#include <ATen/ops/_upsample_nearest_exact1d.h>
#else
#line 10091 "spec/torch_api.yaml"
#error "binds calls at::_upsample_nearest_exact1d, which this ATen does not have (no <ATen/ops/_upsample_nearest_exact1d.h>)"
#endif
#if __has_include(<ATen/ops/_upsample_nearest_exact2d.h>)
#include <ATen/ops/_upsample_nearest_exact2d.h>
#else
#line 10091 "spec/torch_api.yaml"
#error "binds calls at::_upsample_nearest_exact2d, which this ATen does not have (no <ATen/ops/_upsample_nearest_exact2d.h>)"
#endif
#if __has_include(<ATen/ops/_upsample_nearest_exact3d.h>)
#include <ATen/ops/_upsample_nearest_exact3d.h>
#else
#line 10091 "spec/torch_api.yaml"
#error "binds calls at::_upsample_nearest_exact3d, which this ATen does not have (no <ATen/ops/_upsample_nearest_exact3d.h>)"
#endif
#if __has_include(<ATen/ops/abs.h>)
#include <ATen/ops/abs.h>
#else
#line 9094 "spec/torch_api.yaml"
#error "binds calls at::abs, which this ATen does not have (no <ATen/ops/abs.h>)"
#endif
#if __has_include(<ATen/ops/adaptive_avg_pool1d.h>)
#include <ATen/ops/adaptive_avg_pool1d.h>
#else
#line 9620 "spec/torch_api.yaml"
#error "binds calls at::adaptive_avg_pool1d, which this ATen does not have (no <ATen/ops/adaptive_avg_pool1d.h>)"
#endif
#if __has_include(<ATen/ops/adaptive_avg_pool2d.h>)
#include <ATen/ops/adaptive_avg_pool2d.h>
#else
#line 9662 "spec/torch_api.yaml"
#error "binds calls at::adaptive_avg_pool2d, which this ATen does not have (no <ATen/ops/adaptive_avg_pool2d.h>)"
#endif
#if __has_include(<ATen/ops/adaptive_avg_pool3d.h>)
#include <ATen/ops/adaptive_avg_pool3d.h>
#else
#line 9704 "spec/torch_api.yaml"
#error "binds calls at::adaptive_avg_pool3d, which this ATen does not have (no <ATen/ops/adaptive_avg_pool3d.h>)"
#endif
#if __has_include(<ATen/ops/adaptive_max_pool1d.h>)
#include <ATen/ops/adaptive_max_pool1d.h>
#else
#line 9633 "spec/torch_api.yaml"
#error "binds calls at::adaptive_max_pool1d, which this ATen does not have (no <ATen/ops/adaptive_max_pool1d.h>)"
#endif
#if __has_include(<ATen/ops/adaptive_max_pool2d.h>)
#include <ATen/ops/adaptive_max_pool2d.h>
#else
#line 9675 "spec/torch_api.yaml"
#error "binds calls at::adaptive_max_pool2d, which this ATen does not have (no <ATen/ops/adaptive_max_pool2d.h>)"
#endif
#if __has_include(<ATen/ops/adaptive_max_pool3d.h>)
#include <ATen/ops/adaptive_max_pool3d.h>
#else
#line 9717 "spec/torch_api.yaml"
#error "binds calls at::adaptive_max_pool3d, which this ATen does not have (no <ATen/ops/adaptive_max_pool3d.h>)"
#endif
#if __has_include(<ATen/ops/add.h>)
#include <ATen/ops/add.h>
#else
#line 9808 "spec/torch_api.yaml"
#error "binds calls at::add, which this ATen does not have (no <ATen/ops/add.h>)"
#endif
#if __has_include(<ATen/ops/alpha_dropout.h>)
#include <ATen/ops/alpha_dropout.h>
#else
#line 10031 "spec/torch_api.yaml"
#error "binds calls at::alpha_dropout, which this ATen does not have (no <ATen/ops/alpha_dropout.h>)"
#endif
#if __has_include(<ATen/ops/any.h>)
#include <ATen/ops/any.h>
#else
#line 10275 "spec/torch_api.yaml"
#error "binds calls at::any, which this ATen does not have (no <ATen/ops/any.h>)"
#endif
#if __has_include(<ATen/ops/arange.h>)
#include <ATen/ops/arange.h>
#else
#line 10387 "spec/torch_api.yaml"
#error "binds calls at::arange, which this ATen does not have (no <ATen/ops/arange.h>)"
#endif
#if __has_include(<ATen/ops/argwhere.h>)
#include <ATen/ops/argwhere.h>
#else
#line 4892 "spec/torch_api.yaml"
#error "binds calls at::argwhere, which this ATen does not have (no <ATen/ops/argwhere.h>)"
#endif
#if __has_include(<ATen/ops/avg_pool1d.h>)
#include <ATen/ops/avg_pool1d.h>
#else
#line 9515 "spec/torch_api.yaml"
#error "binds calls at::avg_pool1d, which this ATen does not have (no <ATen/ops/avg_pool1d.h>)"
#endif
#if __has_include(<ATen/ops/avg_pool2d.h>)
#include <ATen/ops/avg_pool2d.h>
#else
#line 1001 "spec/torch_api.yaml"
#error "binds calls at::avg_pool2d, which this ATen does not have (no <ATen/ops/avg_pool2d.h>)"
#endif
#if __has_include(<ATen/ops/avg_pool3d.h>)
#include <ATen/ops/avg_pool3d.h>
#else
#line 9570 "spec/torch_api.yaml"
#error "binds calls at::avg_pool3d, which this ATen does not have (no <ATen/ops/avg_pool3d.h>)"
#endif
#if __has_include(<ATen/ops/bilinear.h>)
#include <ATen/ops/bilinear.h>
#else
#line 9980 "spec/torch_api.yaml"
#error "binds calls at::bilinear, which this ATen does not have (no <ATen/ops/bilinear.h>)"
#endif
#if __has_include(<ATen/ops/binary_cross_entropy_with_logits.h>)
#include <ATen/ops/binary_cross_entropy_with_logits.h>
#else
#line 9338 "spec/torch_api.yaml"
#error "binds calls at::binary_cross_entropy_with_logits, which this ATen does not have (no <ATen/ops/binary_cross_entropy_with_logits.h>)"
#endif
#if __has_include(<ATen/ops/broadcast_tensors.h>)
#include <ATen/ops/broadcast_tensors.h>
#else
#line 9094 "spec/torch_api.yaml"
#error "binds calls at::broadcast_tensors, which this ATen does not have (no <ATen/ops/broadcast_tensors.h>)"
#endif
#if __has_include(<ATen/ops/cat.h>)
#include <ATen/ops/cat.h>
#else
#line 934 "spec/torch_api.yaml"
#error "binds calls at::cat, which this ATen does not have (no <ATen/ops/cat.h>)"
#endif
#if __has_include(<ATen/ops/channel_shuffle.h>)
#include <ATen/ops/channel_shuffle.h>
#else
#line 9952 "spec/torch_api.yaml"
#error "binds calls at::channel_shuffle, which this ATen does not have (no <ATen/ops/channel_shuffle.h>)"
#endif
#if __has_include(<ATen/ops/chunk.h>)
#include <ATen/ops/chunk.h>
#else
#line 957 "spec/torch_api.yaml"
#error "binds calls at::chunk, which this ATen does not have (no <ATen/ops/chunk.h>)"
#endif
#if __has_include(<ATen/ops/clamp_min.h>)
#include <ATen/ops/clamp_min.h>
#else
#line 9839 "spec/torch_api.yaml"
#error "binds calls at::clamp_min, which this ATen does not have (no <ATen/ops/clamp_min.h>)"
#endif
#if __has_include(<ATen/ops/clone.h>)
#include <ATen/ops/clone.h>
#else
#line 1287 "spec/torch_api.yaml"
#error "binds calls at::clone, which this ATen does not have (no <ATen/ops/clone.h>)"
#endif
#if __has_include(<ATen/ops/complex.h>)
#include <ATen/ops/complex.h>
#else
#line 2964 "spec/torch_api.yaml"
#error "binds calls at::complex, which this ATen does not have (no <ATen/ops/complex.h>)"
#endif
#if __has_include(<ATen/ops/constant_pad_nd.h>)
#include <ATen/ops/constant_pad_nd.h>
#else
#line 9808 "spec/torch_api.yaml"
#error "binds calls at::constant_pad_nd, which this ATen does not have (no <ATen/ops/constant_pad_nd.h>)"
#endif
#if __has_include(<ATen/ops/conv1d.h>)
#include <ATen/ops/conv1d.h>
#else
#line 9386 "spec/torch_api.yaml"
#error "binds calls at::conv1d, which this ATen does not have (no <ATen/ops/conv1d.h>)"
#endif
#if __has_include(<ATen/ops/conv2d.h>)
#include <ATen/ops/conv2d.h>
#else
#line 974 "spec/torch_api.yaml"
#error "binds calls at::conv2d, which this ATen does not have (no <ATen/ops/conv2d.h>)"
#endif
#if __has_include(<ATen/ops/conv3d.h>)
#include <ATen/ops/conv3d.h>
#else
#line 9422 "spec/torch_api.yaml"
#error "binds calls at::conv3d, which this ATen does not have (no <ATen/ops/conv3d.h>)"
#endif
#if __has_include(<ATen/ops/conv_transpose1d.h>)
#include <ATen/ops/conv_transpose1d.h>
#else
#line 9459 "spec/torch_api.yaml"
#error "binds calls at::conv_transpose1d, which this ATen does not have (no <ATen/ops/conv_transpose1d.h>)"
#endif
#if __has_include(<ATen/ops/conv_transpose2d.h>)
#include <ATen/ops/conv_transpose2d.h>
#else
#line 9478 "spec/torch_api.yaml"
#error "binds calls at::conv_transpose2d, which this ATen does not have (no <ATen/ops/conv_transpose2d.h>)"
#endif
#if __has_include(<ATen/ops/conv_transpose3d.h>)
#include <ATen/ops/conv_transpose3d.h>
#else
#line 9497 "spec/torch_api.yaml"
#error "binds calls at::conv_transpose3d, which this ATen does not have (no <ATen/ops/conv_transpose3d.h>)"
#endif
#if __has_include(<ATen/ops/cosine_embedding_loss.h>)
#include <ATen/ops/cosine_embedding_loss.h>
#else
#line 9282 "spec/torch_api.yaml"
#error "binds calls at::cosine_embedding_loss, which this ATen does not have (no <ATen/ops/cosine_embedding_loss.h>)"
#endif
#if __has_include(<ATen/ops/cosine_similarity.h>)
#include <ATen/ops/cosine_similarity.h>
#else
#line 9884 "spec/torch_api.yaml"
#error "binds calls at::cosine_similarity, which this ATen does not have (no <ATen/ops/cosine_similarity.h>)"
#endif
#if __has_include(<ATen/ops/cross_entropy_loss.h>)
#include <ATen/ops/cross_entropy_loss.h>
#else
#line 1094 "spec/torch_api.yaml"
#error "binds calls at::cross_entropy_loss, which this ATen does not have (no <ATen/ops/cross_entropy_loss.h>)"
#endif
#if __has_include(<ATen/ops/ctc_loss.h>)
#include <ATen/ops/ctc_loss.h>
#else
#line 10347 "spec/torch_api.yaml"
#error "binds calls at::ctc_loss, which this ATen does not have (no <ATen/ops/ctc_loss.h>)"
#endif
#if __has_include(<ATen/ops/diagonal_scatter.h>)
#include <ATen/ops/diagonal_scatter.h>
#else
#line 4940 "spec/torch_api.yaml"
#error "binds calls at::diagonal_scatter, which this ATen does not have (no <ATen/ops/diagonal_scatter.h>)"
#endif
#if __has_include(<ATen/ops/div.h>)
#include <ATen/ops/div.h>
#else
#line 9808 "spec/torch_api.yaml"
#error "binds calls at::div, which this ATen does not have (no <ATen/ops/div.h>)"
#endif
#if __has_include(<ATen/ops/embedding.h>)
#include <ATen/ops/embedding.h>
#else
#line 1069 "spec/torch_api.yaml"
#error "binds calls at::embedding, which this ATen does not have (no <ATen/ops/embedding.h>)"
#endif
#if __has_include(<ATen/ops/embedding_bag.h>)
#include <ATen/ops/embedding_bag.h>
#else
#line 10387 "spec/torch_api.yaml"
#error "binds calls at::embedding_bag, which this ATen does not have (no <ATen/ops/embedding_bag.h>)"
#endif
#if __has_include(<ATen/ops/embedding_renorm.h>)
#include <ATen/ops/embedding_renorm.h>
#else
#line 10387 "spec/torch_api.yaml"
#error "binds calls at::embedding_renorm, which this ATen does not have (no <ATen/ops/embedding_renorm.h>)"
#endif
#if __has_include(<ATen/ops/feature_dropout.h>)
#include <ATen/ops/feature_dropout.h>
#else
#line 9994 "spec/torch_api.yaml"
#error "binds calls at::feature_dropout, which this ATen does not have (no <ATen/ops/feature_dropout.h>)"
#endif
#if __has_include(<ATen/ops/gather.h>)
#include <ATen/ops/gather.h>
#else
#line 923 "spec/torch_api.yaml"
#error "binds calls at::gather, which this ATen does not have (no <ATen/ops/gather.h>)"
#endif
#if __has_include(<ATen/ops/grid_sampler.h>)
#include <ATen/ops/grid_sampler.h>
#else
#line 10071 "spec/torch_api.yaml"
#error "binds calls at::grid_sampler, which this ATen does not have (no <ATen/ops/grid_sampler.h>)"
#endif
#if __has_include(<ATen/ops/group_norm.h>)
#include <ATen/ops/group_norm.h>
#else
#line 9750 "spec/torch_api.yaml"
#error "binds calls at::group_norm, which this ATen does not have (no <ATen/ops/group_norm.h>)"
#endif
#if __has_include(<ATen/ops/hinge_embedding_loss.h>)
#include <ATen/ops/hinge_embedding_loss.h>
#else
#line 9265 "spec/torch_api.yaml"
#error "binds calls at::hinge_embedding_loss, which this ATen does not have (no <ATen/ops/hinge_embedding_loss.h>)"
#endif
#if __has_include(<ATen/ops/huber_loss.h>)
#include <ATen/ops/huber_loss.h>
#else
#line 9140 "spec/torch_api.yaml"
#error "binds calls at::huber_loss, which this ATen does not have (no <ATen/ops/huber_loss.h>)"
#endif
#if __has_include(<ATen/ops/im2col.h>)
#include <ATen/ops/im2col.h>
#else
#line 9869 "spec/torch_api.yaml"
#error "binds calls at::im2col, which this ATen does not have (no <ATen/ops/im2col.h>)"
#endif
#if __has_include(<ATen/ops/imag.h>)
#include <ATen/ops/imag.h>
#else
#line 1698 "spec/torch_api.yaml"
#error "binds calls at::imag, which this ATen does not have (no <ATen/ops/imag.h>)"
#endif
#if __has_include(<ATen/ops/index.h>)
#include <ATen/ops/index.h>
#else
#line 2763 "spec/torch_api.yaml"
#error "binds calls at::index, which this ATen does not have (no <ATen/ops/index.h>)"
#endif
#if __has_include(<ATen/ops/index_add.h>)
#include <ATen/ops/index_add.h>
#else
#line 4631 "spec/torch_api.yaml"
#error "binds calls at::index_add, which this ATen does not have (no <ATen/ops/index_add.h>)"
#endif
#if __has_include(<ATen/ops/index_copy.h>)
#include <ATen/ops/index_copy.h>
#else
#line 4646 "spec/torch_api.yaml"
#error "binds calls at::index_copy, which this ATen does not have (no <ATen/ops/index_copy.h>)"
#endif
#if __has_include(<ATen/ops/index_fill.h>)
#include <ATen/ops/index_fill.h>
#else
#line 4661 "spec/torch_api.yaml"
#error "binds calls at::index_fill, which this ATen does not have (no <ATen/ops/index_fill.h>)"
#endif
#if __has_include(<ATen/ops/index_put.h>)
#include <ATen/ops/index_put.h>
#else
#line 4693 "spec/torch_api.yaml"
#error "binds calls at::index_put, which this ATen does not have (no <ATen/ops/index_put.h>)"
#endif
#if __has_include(<ATen/ops/index_reduce.h>)
#include <ATen/ops/index_reduce.h>
#else
#line 4711 "spec/torch_api.yaml"
#error "binds calls at::index_reduce, which this ATen does not have (no <ATen/ops/index_reduce.h>)"
#endif
#if __has_include(<ATen/ops/index_select.h>)
#include <ATen/ops/index_select.h>
#else
#line 911 "spec/torch_api.yaml"
#error "binds calls at::index_select, which this ATen does not have (no <ATen/ops/index_select.h>)"
#endif
#if __has_include(<ATen/ops/instance_norm.h>)
#include <ATen/ops/instance_norm.h>
#else
#line 9769 "spec/torch_api.yaml"
#error "binds calls at::instance_norm, which this ATen does not have (no <ATen/ops/instance_norm.h>)"
#endif
#if __has_include(<ATen/ops/kl_div.h>)
#include <ATen/ops/kl_div.h>
#else
#line 9298 "spec/torch_api.yaml"
#error "binds calls at::kl_div, which this ATen does not have (no <ATen/ops/kl_div.h>)"
#endif
#if __has_include(<ATen/ops/l1_loss.h>)
#include <ATen/ops/l1_loss.h>
#else
#line 9094 "spec/torch_api.yaml"
#error "binds calls at::l1_loss, which this ATen does not have (no <ATen/ops/l1_loss.h>)"
#endif
#if __has_include(<ATen/ops/layer_norm.h>)
#include <ATen/ops/layer_norm.h>
#else
#line 1033 "spec/torch_api.yaml"
#error "binds calls at::layer_norm, which this ATen does not have (no <ATen/ops/layer_norm.h>)"
#endif
#if __has_include(<ATen/ops/linear.h>)
#include <ATen/ops/linear.h>
#else
#line 1057 "spec/torch_api.yaml"
#error "binds calls at::linear, which this ATen does not have (no <ATen/ops/linear.h>)"
#endif
#if __has_include(<ATen/ops/log.h>)
#include <ATen/ops/log.h>
#else
#line 10275 "spec/torch_api.yaml"
#error "binds calls at::log, which this ATen does not have (no <ATen/ops/log.h>)"
#endif
#if __has_include(<ATen/ops/log_sigmoid.h>)
#include <ATen/ops/log_sigmoid.h>
#else
#line 9241 "spec/torch_api.yaml"
#error "binds calls at::log_sigmoid, which this ATen does not have (no <ATen/ops/log_sigmoid.h>)"
#endif
#if __has_include(<ATen/ops/lt.h>)
#include <ATen/ops/lt.h>
#else
#line 10275 "spec/torch_api.yaml"
#error "binds calls at::lt, which this ATen does not have (no <ATen/ops/lt.h>)"
#endif
#if __has_include(<ATen/ops/margin_ranking_loss.h>)
#include <ATen/ops/margin_ranking_loss.h>
#else
#line 9181 "spec/torch_api.yaml"
#error "binds calls at::margin_ranking_loss, which this ATen does not have (no <ATen/ops/margin_ranking_loss.h>)"
#endif
#if __has_include(<ATen/ops/masked_scatter.h>)
#include <ATen/ops/masked_scatter.h>
#else
#line 8569 "spec/torch_api.yaml"
#error "binds calls at::masked_scatter, which this ATen does not have (no <ATen/ops/masked_scatter.h>)"
#endif
#if __has_include(<ATen/ops/masked_select.h>)
#include <ATen/ops/masked_select.h>
#else
#line 8555 "spec/torch_api.yaml"
#error "binds calls at::masked_select, which this ATen does not have (no <ATen/ops/masked_select.h>)"
#endif
#if __has_include(<ATen/ops/max_pool1d.h>)
#include <ATen/ops/max_pool1d.h>
#else
#line 9532 "spec/torch_api.yaml"
#error "binds calls at::max_pool1d, which this ATen does not have (no <ATen/ops/max_pool1d.h>)"
#endif
#if __has_include(<ATen/ops/max_pool1d_with_indices.h>)
#include <ATen/ops/max_pool1d_with_indices.h>
#else
#line 9551 "spec/torch_api.yaml"
#error "binds calls at::max_pool1d_with_indices, which this ATen does not have (no <ATen/ops/max_pool1d_with_indices.h>)"
#endif
#if __has_include(<ATen/ops/max_pool2d.h>)
#include <ATen/ops/max_pool2d.h>
#else
#line 987 "spec/torch_api.yaml"
#error "binds calls at::max_pool2d, which this ATen does not have (no <ATen/ops/max_pool2d.h>)"
#endif
#if __has_include(<ATen/ops/max_pool2d_with_indices.h>)
#include <ATen/ops/max_pool2d_with_indices.h>
#else
#line 2832 "spec/torch_api.yaml"
#error "binds calls at::max_pool2d_with_indices, which this ATen does not have (no <ATen/ops/max_pool2d_with_indices.h>)"
#endif
#if __has_include(<ATen/ops/max_pool3d.h>)
#include <ATen/ops/max_pool3d.h>
#else
#line 9587 "spec/torch_api.yaml"
#error "binds calls at::max_pool3d, which this ATen does not have (no <ATen/ops/max_pool3d.h>)"
#endif
#if __has_include(<ATen/ops/max_pool3d_with_indices.h>)
#include <ATen/ops/max_pool3d_with_indices.h>
#else
#line 9606 "spec/torch_api.yaml"
#error "binds calls at::max_pool3d_with_indices, which this ATen does not have (no <ATen/ops/max_pool3d_with_indices.h>)"
#endif
#if __has_include(<ATen/ops/max_unpool2d.h>)
#include <ATen/ops/max_unpool2d.h>
#else
#line 10164 "spec/torch_api.yaml"
#error "binds calls at::max_unpool2d, which this ATen does not have (no <ATen/ops/max_unpool2d.h>)"
#endif
#if __has_include(<ATen/ops/max_unpool3d.h>)
#include <ATen/ops/max_unpool3d.h>
#else
#line 10238 "spec/torch_api.yaml"
#error "binds calls at::max_unpool3d, which this ATen does not have (no <ATen/ops/max_unpool3d.h>)"
#endif
#if __has_include(<ATen/ops/mean.h>)
#include <ATen/ops/mean.h>
#else
#line 9140 "spec/torch_api.yaml"
#error "binds calls at::mean, which this ATen does not have (no <ATen/ops/mean.h>)"
#endif
#if __has_include(<ATen/ops/mul.h>)
#include <ATen/ops/mul.h>
#else
#line 9808 "spec/torch_api.yaml"
#error "binds calls at::mul, which this ATen does not have (no <ATen/ops/mul.h>)"
#endif
#if __has_include(<ATen/ops/multi_margin_loss.h>)
#include <ATen/ops/multi_margin_loss.h>
#else
#line 9205 "spec/torch_api.yaml"
#error "binds calls at::multi_margin_loss, which this ATen does not have (no <ATen/ops/multi_margin_loss.h>)"
#endif
#if __has_include(<ATen/ops/multilabel_margin_loss.h>)
#include <ATen/ops/multilabel_margin_loss.h>
#else
#line 9225 "spec/torch_api.yaml"
#error "binds calls at::multilabel_margin_loss, which this ATen does not have (no <ATen/ops/multilabel_margin_loss.h>)"
#endif
#if __has_include(<ATen/ops/neg.h>)
#include <ATen/ops/neg.h>
#else
#line 9241 "spec/torch_api.yaml"
#error "binds calls at::neg, which this ATen does not have (no <ATen/ops/neg.h>)"
#endif
#if __has_include(<ATen/ops/nll_loss_nd.h>)
#include <ATen/ops/nll_loss_nd.h>
#else
#line 1118 "spec/torch_api.yaml"
#error "binds calls at::nll_loss_nd, which this ATen does not have (no <ATen/ops/nll_loss_nd.h>)"
#endif
#if __has_include(<ATen/ops/nonzero.h>)
#include <ATen/ops/nonzero.h>
#else
#line 4867 "spec/torch_api.yaml"
#error "binds calls at::nonzero, which this ATen does not have (no <ATen/ops/nonzero.h>)"
#endif
#if __has_include(<ATen/ops/nonzero_numpy.h>)
#include <ATen/ops/nonzero_numpy.h>
#else
#line 4879 "spec/torch_api.yaml"
#error "binds calls at::nonzero_numpy, which this ATen does not have (no <ATen/ops/nonzero_numpy.h>)"
#endif
#if __has_include(<ATen/ops/norm.h>)
#include <ATen/ops/norm.h>
#else
#line 9839 "spec/torch_api.yaml"
#error "binds calls at::norm, which this ATen does not have (no <ATen/ops/norm.h>)"
#endif
#if __has_include(<ATen/ops/one_hot.h>)
#include <ATen/ops/one_hot.h>
#else
#line 9965 "spec/torch_api.yaml"
#error "binds calls at::one_hot, which this ATen does not have (no <ATen/ops/one_hot.h>)"
#endif
#if __has_include(<ATen/ops/ones_like.h>)
#include <ATen/ops/ones_like.h>
#else
#line 10316 "spec/torch_api.yaml"
#error "binds calls at::ones_like, which this ATen does not have (no <ATen/ops/ones_like.h>)"
#endif
#if __has_include(<ATen/ops/pad.h>)
#include <ATen/ops/pad.h>
#else
#line 9853 "spec/torch_api.yaml"
#error "binds calls at::pad, which this ATen does not have (no <ATen/ops/pad.h>)"
#endif
#if __has_include(<ATen/ops/pairwise_distance.h>)
#include <ATen/ops/pairwise_distance.h>
#else
#line 9900 "spec/torch_api.yaml"
#error "binds calls at::pairwise_distance, which this ATen does not have (no <ATen/ops/pairwise_distance.h>)"
#endif
#if __has_include(<ATen/ops/pdist.h>)
#include <ATen/ops/pdist.h>
#else
#line 9913 "spec/torch_api.yaml"
#error "binds calls at::pdist, which this ATen does not have (no <ATen/ops/pdist.h>)"
#endif
#if __has_include(<ATen/ops/pixel_shuffle.h>)
#include <ATen/ops/pixel_shuffle.h>
#else
#line 9926 "spec/torch_api.yaml"
#error "binds calls at::pixel_shuffle, which this ATen does not have (no <ATen/ops/pixel_shuffle.h>)"
#endif
#if __has_include(<ATen/ops/pixel_unshuffle.h>)
#include <ATen/ops/pixel_unshuffle.h>
#else
#line 9939 "spec/torch_api.yaml"
#error "binds calls at::pixel_unshuffle, which this ATen does not have (no <ATen/ops/pixel_unshuffle.h>)"
#endif
#if __has_include(<ATen/ops/poisson_nll_loss.h>)
#include <ATen/ops/poisson_nll_loss.h>
#else
#line 9321 "spec/torch_api.yaml"
#error "binds calls at::poisson_nll_loss, which this ATen does not have (no <ATen/ops/poisson_nll_loss.h>)"
#endif
#if __has_include(<ATen/ops/polar.h>)
#include <ATen/ops/polar.h>
#else
#line 5368 "spec/torch_api.yaml"
#error "binds calls at::polar, which this ATen does not have (no <ATen/ops/polar.h>)"
#endif
#if __has_include(<ATen/ops/pow.h>)
#include <ATen/ops/pow.h>
#else
#line 9808 "spec/torch_api.yaml"
#error "binds calls at::pow, which this ATen does not have (no <ATen/ops/pow.h>)"
#endif
#if __has_include(<ATen/ops/put.h>)
#include <ATen/ops/put.h>
#else
#line 4855 "spec/torch_api.yaml"
#error "binds calls at::put, which this ATen does not have (no <ATen/ops/put.h>)"
#endif
#if __has_include(<ATen/ops/real.h>)
#include <ATen/ops/real.h>
#else
#line 1687 "spec/torch_api.yaml"
#error "binds calls at::real, which this ATen does not have (no <ATen/ops/real.h>)"
#endif
#if __has_include(<ATen/ops/rms_norm.h>)
#include <ATen/ops/rms_norm.h>
#else
#line 9792 "spec/torch_api.yaml"
#error "binds calls at::rms_norm, which this ATen does not have (no <ATen/ops/rms_norm.h>)"
#endif
#if __has_include(<ATen/ops/rsub.h>)
#include <ATen/ops/rsub.h>
#else
#line 9241 "spec/torch_api.yaml"
#error "binds calls at::rsub, which this ATen does not have (no <ATen/ops/rsub.h>)"
#endif
#if __has_include(<ATen/ops/scaled_dot_product_attention.h>)
#include <ATen/ops/scaled_dot_product_attention.h>
#else
#line 10055 "spec/torch_api.yaml"
#error "binds calls at::scaled_dot_product_attention, which this ATen does not have (no <ATen/ops/scaled_dot_product_attention.h>)"
#endif
#if __has_include(<ATen/ops/scatter.h>)
#include <ATen/ops/scatter.h>
#else
#line 4726 "spec/torch_api.yaml"
#error "binds calls at::scatter, which this ATen does not have (no <ATen/ops/scatter.h>)"
#endif
#if __has_include(<ATen/ops/scatter_add.h>)
#include <ATen/ops/scatter_add.h>
#else
#line 4794 "spec/torch_api.yaml"
#error "binds calls at::scatter_add, which this ATen does not have (no <ATen/ops/scatter_add.h>)"
#endif
#if __has_include(<ATen/ops/scatter_reduce.h>)
#include <ATen/ops/scatter_reduce.h>
#else
#line 4812 "spec/torch_api.yaml"
#error "binds calls at::scatter_reduce, which this ATen does not have (no <ATen/ops/scatter_reduce.h>)"
#endif
#if __has_include(<ATen/ops/select.h>)
#include <ATen/ops/select.h>
#else
#line 2750 "spec/torch_api.yaml"
#error "binds calls at::select, which this ATen does not have (no <ATen/ops/select.h>)"
#endif
#if __has_include(<ATen/ops/select_scatter.h>)
#include <ATen/ops/select_scatter.h>
#else
#line 4907 "spec/torch_api.yaml"
#error "binds calls at::select_scatter, which this ATen does not have (no <ATen/ops/select_scatter.h>)"
#endif
#if __has_include(<ATen/ops/slice.h>)
#include <ATen/ops/slice.h>
#else
#line 898 "spec/torch_api.yaml"
#error "binds calls at::slice, which this ATen does not have (no <ATen/ops/slice.h>)"
#endif
#if __has_include(<ATen/ops/slice_scatter.h>)
#include <ATen/ops/slice_scatter.h>
#else
#line 4924 "spec/torch_api.yaml"
#error "binds calls at::slice_scatter, which this ATen does not have (no <ATen/ops/slice_scatter.h>)"
#endif
#if __has_include(<ATen/ops/smooth_l1_loss.h>)
#include <ATen/ops/smooth_l1_loss.h>
#else
#line 9119 "spec/torch_api.yaml"
#error "binds calls at::smooth_l1_loss, which this ATen does not have (no <ATen/ops/smooth_l1_loss.h>)"
#endif
#if __has_include(<ATen/ops/soft_margin_loss.h>)
#include <ATen/ops/soft_margin_loss.h>
#else
#line 9164 "spec/torch_api.yaml"
#error "binds calls at::soft_margin_loss, which this ATen does not have (no <ATen/ops/soft_margin_loss.h>)"
#endif
#if __has_include(<ATen/ops/stack.h>)
#include <ATen/ops/stack.h>
#else
#line 945 "spec/torch_api.yaml"
#error "binds calls at::stack, which this ATen does not have (no <ATen/ops/stack.h>)"
#endif
#if __has_include(<ATen/ops/sub.h>)
#include <ATen/ops/sub.h>
#else
#line 9094 "spec/torch_api.yaml"
#error "binds calls at::sub, which this ATen does not have (no <ATen/ops/sub.h>)"
#endif
#if __has_include(<ATen/ops/sum.h>)
#include <ATen/ops/sum.h>
#else
#line 9094 "spec/torch_api.yaml"
#error "binds calls at::sum, which this ATen does not have (no <ATen/ops/sum.h>)"
#endif
#if __has_include(<ATen/ops/take.h>)
#include <ATen/ops/take.h>
#else
#line 4826 "spec/torch_api.yaml"
#error "binds calls at::take, which this ATen does not have (no <ATen/ops/take.h>)"
#endif
#if __has_include(<ATen/ops/take_along_dim.h>)
#include <ATen/ops/take_along_dim.h>
#else
#line 4840 "spec/torch_api.yaml"
#error "binds calls at::take_along_dim, which this ATen does not have (no <ATen/ops/take_along_dim.h>)"
#endif
#if __has_include(<ATen/ops/triplet_margin_loss.h>)
#include <ATen/ops/triplet_margin_loss.h>
#else
#line 9363 "spec/torch_api.yaml"
#error "binds calls at::triplet_margin_loss, which this ATen does not have (no <ATen/ops/triplet_margin_loss.h>)"
#endif
#if __has_include(<ATen/ops/unsqueeze.h>)
#include <ATen/ops/unsqueeze.h>
#else
#line 10275 "spec/torch_api.yaml"
#error "binds calls at::unsqueeze, which this ATen does not have (no <ATen/ops/unsqueeze.h>)"
#endif
#if __has_include(<ATen/ops/upsample_bicubic2d.h>)
#include <ATen/ops/upsample_bicubic2d.h>
#else
#line 10091 "spec/torch_api.yaml"
#error "binds calls at::upsample_bicubic2d, which this ATen does not have (no <ATen/ops/upsample_bicubic2d.h>)"
#endif
#if __has_include(<ATen/ops/upsample_bilinear2d.h>)
#include <ATen/ops/upsample_bilinear2d.h>
#else
#line 10091 "spec/torch_api.yaml"
#error "binds calls at::upsample_bilinear2d, which this ATen does not have (no <ATen/ops/upsample_bilinear2d.h>)"
#endif
#if __has_include(<ATen/ops/upsample_linear1d.h>)
#include <ATen/ops/upsample_linear1d.h>
#else
#line 10091 "spec/torch_api.yaml"
#error "binds calls at::upsample_linear1d, which this ATen does not have (no <ATen/ops/upsample_linear1d.h>)"
#endif
#if __has_include(<ATen/ops/upsample_nearest1d.h>)
#include <ATen/ops/upsample_nearest1d.h>
#else
#line 10091 "spec/torch_api.yaml"
#error "binds calls at::upsample_nearest1d, which this ATen does not have (no <ATen/ops/upsample_nearest1d.h>)"
#endif
#if __has_include(<ATen/ops/upsample_nearest2d.h>)
#include <ATen/ops/upsample_nearest2d.h>
#else
#line 10091 "spec/torch_api.yaml"
#error "binds calls at::upsample_nearest2d, which this ATen does not have (no <ATen/ops/upsample_nearest2d.h>)"
#endif
#if __has_include(<ATen/ops/upsample_nearest3d.h>)
#include <ATen/ops/upsample_nearest3d.h>
#else
#line 10091 "spec/torch_api.yaml"
#error "binds calls at::upsample_nearest3d, which this ATen does not have (no <ATen/ops/upsample_nearest3d.h>)"
#endif
#if __has_include(<ATen/ops/upsample_trilinear3d.h>)
#include <ATen/ops/upsample_trilinear3d.h>
#else
#line 10091 "spec/torch_api.yaml"
#error "binds calls at::upsample_trilinear3d, which this ATen does not have (no <ATen/ops/upsample_trilinear3d.h>)"
#endif
#if __has_include(<ATen/ops/view_as_complex.h>)
#include <ATen/ops/view_as_complex.h>
#else
#line 5392 "spec/torch_api.yaml"
#error "binds calls at::view_as_complex, which this ATen does not have (no <ATen/ops/view_as_complex.h>)"
#endif
#if __has_include(<ATen/ops/view_as_real.h>)
#include <ATen/ops/view_as_real.h>
#else
#line 5380 "spec/torch_api.yaml"
#error "binds calls at::view_as_real, which this ATen does not have (no <ATen/ops/view_as_real.h>)"
#endif

extern "C" {

RT_TORCH_API int64_t rt_torch_torchtensor_slice(int64_t handle_, int64_t dim_, int64_t start_, int64_t end_, int64_t step_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int64_t dim = dim_;
        const int64_t start = start_;
        const int64_t end = end_;
        const int64_t step = step_;
        const sffi::SharedCall call_lock;
#line 898 "spec/torch_api.yaml"
        return sffi::new_tensor(at::slice(handle, dim, start, end, step));
#line 788 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_slice");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_slice");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_slice");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_index_select(int64_t handle_, int64_t dim_, int64_t indices_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, indices] = sffi::tensor_args<2>({handle_, indices_}, {"handle", "indices"});
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 911 "spec/torch_api.yaml"
        return sffi::new_tensor(at::index_select(handle, dim, indices));
#line 809 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_index_select");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_index_select");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_index_select");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_gather(int64_t handle_, int64_t dim_, int64_t indices_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, indices] = sffi::tensor_args<2>({handle_, indices_}, {"handle", "indices"});
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 923 "spec/torch_api.yaml"
        return sffi::new_tensor(at::gather(handle, dim, indices));
#line 830 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_gather");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_gather");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_gather");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_cat(const int64_t* tensors_, int64_t tensors_len, int64_t dim_) noexcept {
    sffi::begin_call();
    try {
        const std::vector<at::Tensor> tensors = sffi::tensor_list_arg(tensors_, tensors_len, "tensors");
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 934 "spec/torch_api.yaml"
        return sffi::new_tensor(at::cat(tensors, dim));
#line 851 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_cat");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_cat");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_cat");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_stack(const int64_t* tensors_, int64_t tensors_len, int64_t dim_) noexcept {
    sffi::begin_call();
    try {
        const std::vector<at::Tensor> tensors = sffi::tensor_list_arg(tensors_, tensors_len, "tensors");
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 945 "spec/torch_api.yaml"
        return sffi::new_tensor(at::stack(tensors, dim));
#line 872 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_stack");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_stack");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_stack");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_chunk(int64_t handle_, int64_t chunks_, int64_t dim_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int64_t chunks = chunks_;
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 957 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::chunk(handle, chunks, dim));
#line 894 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_chunk");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_chunk");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_chunk");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_select_int(int64_t input_, int64_t dim_, int64_t index_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t dim = dim_;
        const int64_t index = index_;
        const sffi::SharedCall call_lock;
#line 2750 "spec/torch_api.yaml"
        return sffi::new_tensor(at::select(input, dim, index));
#line 916 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_select_int");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_select_int");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_select_int");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_index_tensor(int64_t input_, const int64_t* indices_, int64_t indices_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::List<std::optional<at::Tensor>> indices = sffi::optional_tensor_list_arg(indices_, indices_len, "indices");
        const sffi::SharedCall call_lock;
#line 2763 "spec/torch_api.yaml"
        return sffi::new_tensor(at::index(input, indices));
#line 937 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_index_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_index_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_index_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_index_add(int64_t input_, int64_t dim_, int64_t index_, int64_t source_, double alpha_, int64_t alpha_int, int32_t alpha_kind) noexcept {
    sffi::begin_call();
    try {
        const auto [input, index, source] = sffi::tensor_args<3>({input_, index_, source_}, {"input", "index", "source"});
        const int64_t dim = dim_;
        const c10::Scalar alpha = sffi::scalar_arg(alpha_, alpha_int, alpha_kind, "alpha");
        const sffi::SharedCall call_lock;
#line 4631 "spec/torch_api.yaml"
        return sffi::new_tensor(at::index_add(input, dim, index, source, alpha));
#line 959 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_index_add");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_index_add");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_index_add");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_index_copy(int64_t input_, int64_t dim_, int64_t index_, int64_t source_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, index, source] = sffi::tensor_args<3>({input_, index_, source_}, {"input", "index", "source"});
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 4646 "spec/torch_api.yaml"
        return sffi::new_tensor(at::index_copy(input, dim, index, source));
#line 980 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_index_copy");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_index_copy");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_index_copy");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_index_fill_int_scalar(int64_t input_, int64_t dim_, int64_t index_, double value_, int64_t value_int, int32_t value_kind) noexcept {
    sffi::begin_call();
    try {
        const auto [input, index] = sffi::tensor_args<2>({input_, index_}, {"input", "index"});
        const int64_t dim = dim_;
        const c10::Scalar value = sffi::scalar_arg(value_, value_int, value_kind, "value");
        const sffi::SharedCall call_lock;
#line 4661 "spec/torch_api.yaml"
        return sffi::new_tensor(at::index_fill(input, dim, index, value));
#line 1002 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_index_fill_int_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_index_fill_int_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_index_fill_int_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_index_fill_int_tensor(int64_t input_, int64_t dim_, int64_t index_, int64_t value_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, index, value] = sffi::tensor_args<3>({input_, index_, value_}, {"input", "index", "value"});
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 4677 "spec/torch_api.yaml"
        return sffi::new_tensor(at::index_fill(input, dim, index, value));
#line 1023 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_index_fill_int_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_index_fill_int_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_index_fill_int_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_index_put(int64_t input_, const int64_t* indices_, int64_t indices_len, int64_t values_, bool accumulate_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, values] = sffi::tensor_args<2>({input_, values_}, {"input", "values"});
        const c10::List<std::optional<at::Tensor>> indices = sffi::optional_tensor_list_arg(indices_, indices_len, "indices");
        const bool accumulate = accumulate_;
        const sffi::SharedCall call_lock;
#line 4693 "spec/torch_api.yaml"
        return sffi::new_tensor(at::index_put(input, indices, values, accumulate));
#line 1045 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_index_put");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_index_put");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_index_put");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_index_reduce(int64_t input_, int64_t dim_, int64_t index_, int64_t source_, const char* reduce_, bool include_self_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, index, source] = sffi::tensor_args<3>({input_, index_, source_}, {"input", "index", "source"});
        const int64_t dim = dim_;
        const std::string_view reduce = sffi::text_arg(reduce_, "reduce");
        const bool include_self = include_self_;
        const sffi::SharedCall call_lock;
#line 4711 "spec/torch_api.yaml"
        return sffi::new_tensor(at::index_reduce(input, dim, index, source, reduce, include_self));
#line 1068 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_index_reduce");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_index_reduce");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_index_reduce");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_scatter_src(int64_t input_, int64_t dim_, int64_t index_, int64_t src_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, index, src] = sffi::tensor_args<3>({input_, index_, src_}, {"input", "index", "src"});
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 4726 "spec/torch_api.yaml"
        return sffi::new_tensor(at::scatter(input, dim, index, src));
#line 1089 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_scatter_src");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_scatter_src");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_scatter_src");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_scatter_value(int64_t input_, int64_t dim_, int64_t index_, double value_, int64_t value_int, int32_t value_kind) noexcept {
    sffi::begin_call();
    try {
        const auto [input, index] = sffi::tensor_args<2>({input_, index_}, {"input", "index"});
        const int64_t dim = dim_;
        const c10::Scalar value = sffi::scalar_arg(value_, value_int, value_kind, "value");
        const sffi::SharedCall call_lock;
#line 4742 "spec/torch_api.yaml"
        return sffi::new_tensor(at::scatter(input, dim, index, value));
#line 1111 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_scatter_value");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_scatter_value");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_scatter_value");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_scatter_reduce(int64_t input_, int64_t dim_, int64_t index_, int64_t src_, const char* reduce_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, index, src] = sffi::tensor_args<3>({input_, index_, src_}, {"input", "index", "src"});
        const int64_t dim = dim_;
        const std::string_view reduce = sffi::text_arg(reduce_, "reduce");
        const sffi::SharedCall call_lock;
#line 4760 "spec/torch_api.yaml"
        return sffi::new_tensor(at::scatter(input, dim, index, src, reduce));
#line 1133 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_scatter_reduce");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_scatter_reduce");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_scatter_reduce");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_scatter_value_reduce(int64_t input_, int64_t dim_, int64_t index_, double value_, int64_t value_int, int32_t value_kind, const char* reduce_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, index] = sffi::tensor_args<2>({input_, index_}, {"input", "index"});
        const int64_t dim = dim_;
        const c10::Scalar value = sffi::scalar_arg(value_, value_int, value_kind, "value");
        const std::string_view reduce = sffi::text_arg(reduce_, "reduce");
        const sffi::SharedCall call_lock;
#line 4778 "spec/torch_api.yaml"
        return sffi::new_tensor(at::scatter(input, dim, index, value, reduce));
#line 1156 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_scatter_value_reduce");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_scatter_value_reduce");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_scatter_value_reduce");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_scatter_add(int64_t input_, int64_t dim_, int64_t index_, int64_t src_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, index, src] = sffi::tensor_args<3>({input_, index_, src_}, {"input", "index", "src"});
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 4794 "spec/torch_api.yaml"
        return sffi::new_tensor(at::scatter_add(input, dim, index, src));
#line 1177 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_scatter_add");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_scatter_add");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_scatter_add");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_scatter_reduce_two(int64_t input_, int64_t dim_, int64_t index_, int64_t src_, const char* reduce_, bool include_self_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, index, src] = sffi::tensor_args<3>({input_, index_, src_}, {"input", "index", "src"});
        const int64_t dim = dim_;
        const std::string_view reduce = sffi::text_arg(reduce_, "reduce");
        const bool include_self = include_self_;
        const sffi::SharedCall call_lock;
#line 4812 "spec/torch_api.yaml"
        return sffi::new_tensor(at::scatter_reduce(input, dim, index, src, reduce, include_self));
#line 1200 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_scatter_reduce_two");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_scatter_reduce_two");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_scatter_reduce_two");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_take(int64_t input_, int64_t index_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, index] = sffi::tensor_args<2>({input_, index_}, {"input", "index"});
        const sffi::SharedCall call_lock;
#line 4826 "spec/torch_api.yaml"
        return sffi::new_tensor(at::take(input, index));
#line 1220 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_take");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_take");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_take");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_take_along_dim(int64_t input_, int64_t indices_, int64_t dim_, bool dim_present) noexcept {
    sffi::begin_call();
    try {
        const auto [input, indices] = sffi::tensor_args<2>({input_, indices_}, {"input", "indices"});
        const std::optional<int64_t> dim = sffi::optional_arg(dim_, dim_present);
        const sffi::SharedCall call_lock;
#line 4840 "spec/torch_api.yaml"
        return sffi::new_tensor(at::take_along_dim(input, indices, dim));
#line 1241 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_take_along_dim");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_take_along_dim");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_take_along_dim");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_put(int64_t input_, int64_t index_, int64_t source_, bool accumulate_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, index, source] = sffi::tensor_args<3>({input_, index_, source_}, {"input", "index", "source"});
        const bool accumulate = accumulate_;
        const sffi::SharedCall call_lock;
#line 4855 "spec/torch_api.yaml"
        return sffi::new_tensor(at::put(input, index, source, accumulate));
#line 1262 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_put");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_put");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_put");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_nonzero(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 4867 "spec/torch_api.yaml"
        return sffi::new_tensor(at::nonzero(input));
#line 1282 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_nonzero");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_nonzero");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_nonzero");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_nonzero_numpy(int64_t input_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 4879 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::nonzero_numpy(input));
#line 1302 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_nonzero_numpy");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_nonzero_numpy");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_nonzero_numpy");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_argwhere(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 4892 "spec/torch_api.yaml"
        return sffi::new_tensor(at::argwhere(input));
#line 1322 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_argwhere");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_argwhere");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_argwhere");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_select_scatter(int64_t input_, int64_t src_, int64_t dim_, int64_t index_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, src] = sffi::tensor_args<2>({input_, src_}, {"input", "src"});
        const int64_t dim = dim_;
        const int64_t index = index_;
        const sffi::SharedCall call_lock;
#line 4907 "spec/torch_api.yaml"
        return sffi::new_tensor(at::select_scatter(input, src, dim, index));
#line 1344 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_select_scatter");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_select_scatter");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_select_scatter");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_slice_scatter(int64_t input_, int64_t src_, int64_t dim_, int64_t start_, bool start_present, int64_t end_, bool end_present, int64_t step_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, src] = sffi::tensor_args<2>({input_, src_}, {"input", "src"});
        const int64_t dim = dim_;
        const std::optional<int64_t> start = sffi::optional_arg(start_, start_present);
        const std::optional<int64_t> end = sffi::optional_arg(end_, end_present);
        const int64_t step = step_;
        const sffi::SharedCall call_lock;
#line 4924 "spec/torch_api.yaml"
        return sffi::new_tensor(at::slice_scatter(input, src, dim, start, end, step));
#line 1368 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_slice_scatter");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_slice_scatter");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_slice_scatter");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_diagonal_scatter(int64_t input_, int64_t src_, int64_t offset_, int64_t dim1_, int64_t dim2_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, src] = sffi::tensor_args<2>({input_, src_}, {"input", "src"});
        const int64_t offset = offset_;
        const int64_t dim1 = dim1_;
        const int64_t dim2 = dim2_;
        const sffi::SharedCall call_lock;
#line 4940 "spec/torch_api.yaml"
        return sffi::new_tensor(at::diagonal_scatter(input, src, offset, dim1, dim2));
#line 1391 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_diagonal_scatter");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_diagonal_scatter");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_diagonal_scatter");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_masked_select(int64_t input_, int64_t mask_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, mask] = sffi::tensor_args<2>({input_, mask_}, {"input", "mask"});
        const sffi::SharedCall call_lock;
#line 8555 "spec/torch_api.yaml"
        return sffi::new_tensor(at::masked_select(input, mask));
#line 1411 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_masked_select");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_masked_select");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_masked_select");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_masked_scatter(int64_t input_, int64_t mask_, int64_t source_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, mask, source] = sffi::tensor_args<3>({input_, mask_, source_}, {"input", "mask", "source"});
        const sffi::SharedCall call_lock;
#line 8569 "spec/torch_api.yaml"
        return sffi::new_tensor(at::masked_scatter(input, mask, source));
#line 1431 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_masked_scatter");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_masked_scatter");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_masked_scatter");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_conv2d(int64_t input_, int64_t weight_, int64_t bias_, const int64_t* stride_, int64_t stride_len, const int64_t* padding_, int64_t padding_len, const int64_t* dilation_, int64_t dilation_len, int64_t groups_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, weight] = sffi::tensor_args<2>({input_, weight_}, {"input", "weight"});
        const std::optional<at::Tensor> bias = sffi::optional_tensor_arg(bias_, "bias");
        const sffi::IntList stride = sffi::sized_int_list_arg(stride_, stride_len, 2, "stride");
        const sffi::IntList padding = sffi::sized_int_list_arg(padding_, padding_len, 2, "padding");
        const sffi::IntList dilation = sffi::sized_int_list_arg(dilation_, dilation_len, 2, "dilation");
        const int64_t groups = groups_;
        const sffi::SharedCall call_lock;
#line 974 "spec/torch_api.yaml"
        return sffi::new_tensor(at::conv2d(input, weight, bias, stride, padding, dilation, groups));
#line 1456 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_conv2d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_conv2d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_conv2d");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_max_pool2d(int64_t input_, const int64_t* kernel_size_, int64_t kernel_size_len, const int64_t* stride_, int64_t stride_len, const int64_t* padding_, int64_t padding_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef kernel_size = sffi::array_arg(kernel_size_, kernel_size_len, "kernel_size");
        const at::IntArrayRef stride = sffi::array_arg(stride_, stride_len, "stride");
        const at::IntArrayRef padding = sffi::array_arg(padding_, padding_len, "padding");
        const sffi::SharedCall call_lock;
#line 987 "spec/torch_api.yaml"
        return sffi::new_tensor(at::max_pool2d(input, kernel_size, stride, padding));
#line 1479 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_max_pool2d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_max_pool2d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_max_pool2d");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_avg_pool2d(int64_t input_, const int64_t* kernel_size_, int64_t kernel_size_len, const int64_t* stride_, int64_t stride_len, const int64_t* padding_, int64_t padding_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef kernel_size = sffi::array_arg(kernel_size_, kernel_size_len, "kernel_size");
        const at::IntArrayRef stride = sffi::array_arg(stride_, stride_len, "stride");
        const at::IntArrayRef padding = sffi::array_arg(padding_, padding_len, "padding");
        const sffi::SharedCall call_lock;
#line 1001 "spec/torch_api.yaml"
        return sffi::new_tensor(at::avg_pool2d(input, kernel_size, stride, padding));
#line 1502 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_avg_pool2d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_avg_pool2d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_avg_pool2d");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_batch_norm(int64_t input_, int64_t running_mean_, int64_t running_var_, int64_t weight_, int64_t bias_, bool training_, double momentum_, double eps_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<at::Tensor> running_mean = sffi::optional_tensor_arg(running_mean_, "running_mean");
        const std::optional<at::Tensor> running_var = sffi::optional_tensor_arg(running_var_, "running_var");
        const std::optional<at::Tensor> weight = sffi::optional_tensor_arg(weight_, "weight");
        const std::optional<at::Tensor> bias = sffi::optional_tensor_arg(bias_, "bias");
        const bool training = training_;
        const double momentum = momentum_;
        const double eps = eps_;
        const sffi::SharedCall call_lock;
#line 1019 "spec/torch_api.yaml"
        return sffi::new_tensor(sffi::batch_norm(input, running_mean, running_var, weight, bias, training, momentum, eps));
#line 1529 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_batch_norm");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_batch_norm");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_batch_norm");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_layer_norm(int64_t input_, const int64_t* normalized_shape_, int64_t normalized_shape_len, int64_t weight_, int64_t bias_, double eps_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef normalized_shape = sffi::array_arg(normalized_shape_, normalized_shape_len, "normalized_shape");
        const std::optional<at::Tensor> weight = sffi::optional_tensor_arg(weight_, "weight");
        const std::optional<at::Tensor> bias = sffi::optional_tensor_arg(bias_, "bias");
        const double eps = eps_;
        const sffi::SharedCall call_lock;
#line 1033 "spec/torch_api.yaml"
        return sffi::new_tensor(at::layer_norm(input, normalized_shape, weight, bias, eps));
#line 1553 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_layer_norm");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_layer_norm");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_layer_norm");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_dropout(int64_t input_, double p_, bool training_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const double p = p_;
        const bool training = training_;
        const sffi::SharedCall call_lock;
#line 1045 "spec/torch_api.yaml"
        return sffi::new_tensor(sffi::dropout(input, p, training));
#line 1575 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_dropout");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_dropout");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_dropout");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_linear(int64_t input_, int64_t weight_, int64_t bias_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, weight, bias] = sffi::tensor_args<3>({input_, weight_, bias_}, {"input", "weight", "bias"});
        const sffi::SharedCall call_lock;
#line 1057 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linear(input, weight, bias));
#line 1595 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_linear");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_linear");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_linear");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_embedding(int64_t input_, int64_t weight_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, weight] = sffi::tensor_args<2>({input_, weight_}, {"input", "weight"});
        const sffi::SharedCall call_lock;
#line 1069 "spec/torch_api.yaml"
        return sffi::new_tensor(at::embedding(weight, input));
#line 1615 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_embedding");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_embedding");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_embedding");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_conv2d_padding(int64_t input_, int64_t weight_, int64_t bias_, const int64_t* stride_, int64_t stride_len, const char* padding_, const int64_t* dilation_, int64_t dilation_len, int64_t groups_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, weight] = sffi::tensor_args<2>({input_, weight_}, {"input", "weight"});
        const std::optional<at::Tensor> bias = sffi::optional_tensor_arg(bias_, "bias");
        const sffi::IntList stride = sffi::sized_int_list_arg(stride_, stride_len, 2, "stride");
        const std::string_view padding = sffi::enum_arg(padding_, "padding", {"valid", "same"}, sffi::Code::other);
        const sffi::IntList dilation = sffi::sized_int_list_arg(dilation_, dilation_len, 2, "dilation");
        const int64_t groups = groups_;
        const sffi::SharedCall call_lock;
#line 2796 "spec/torch_api.yaml"
        return sffi::new_tensor(at::conv2d(input, weight, bias, stride, padding, dilation, groups));
#line 1640 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_conv2d_padding");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_conv2d_padding");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_conv2d_padding");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_max_pool2d_v2(int64_t input_, const int64_t* kernel_size_, int64_t kernel_size_len, const int64_t* stride_, int64_t stride_len, bool stride_present, const int64_t* padding_, int64_t padding_len, const int64_t* dilation_, int64_t dilation_len, bool ceil_mode_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList kernel_size = sffi::sized_int_list_arg(kernel_size_, kernel_size_len, 2, "kernel_size");
        const sffi::OptionalIntList stride = sffi::optional_sized_int_list_arg(stride_, stride_len, stride_present, 2, "stride");
        const sffi::IntList padding = sffi::sized_int_list_arg(padding_, padding_len, 2, "padding");
        const sffi::IntList dilation = sffi::sized_int_list_arg(dilation_, dilation_len, 2, "dilation");
        const bool ceil_mode = ceil_mode_;
        const sffi::SharedCall call_lock;
#line 2813 "spec/torch_api.yaml"
        return sffi::new_tensor(at::max_pool2d(input, kernel_size, stride.value_or_empty(), padding, dilation, ceil_mode));
#line 1665 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_max_pool2d_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_max_pool2d_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_max_pool2d_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_max_pool2d_with_indices(int64_t input_, const int64_t* kernel_size_, int64_t kernel_size_len, const int64_t* stride_, int64_t stride_len, bool stride_present, const int64_t* padding_, int64_t padding_len, const int64_t* dilation_, int64_t dilation_len, bool ceil_mode_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList kernel_size = sffi::sized_int_list_arg(kernel_size_, kernel_size_len, 2, "kernel_size");
        const sffi::OptionalIntList stride = sffi::optional_sized_int_list_arg(stride_, stride_len, stride_present, 2, "stride");
        const sffi::IntList padding = sffi::sized_int_list_arg(padding_, padding_len, 2, "padding");
        const sffi::IntList dilation = sffi::sized_int_list_arg(dilation_, dilation_len, 2, "dilation");
        const bool ceil_mode = ceil_mode_;
        const sffi::SharedCall call_lock;
#line 2832 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::max_pool2d_with_indices(input, kernel_size, stride.value_or_empty(), padding, dilation, ceil_mode));
#line 1690 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_max_pool2d_with_indices");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_max_pool2d_with_indices");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_max_pool2d_with_indices");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_nn_avg_pool2d_v2(int64_t input_, const int64_t* kernel_size_, int64_t kernel_size_len, const int64_t* stride_, int64_t stride_len, bool stride_present, const int64_t* padding_, int64_t padding_len, bool ceil_mode_, bool count_include_pad_, int64_t divisor_override_, bool divisor_override_present) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList kernel_size = sffi::sized_int_list_arg(kernel_size_, kernel_size_len, 2, "kernel_size");
        const sffi::OptionalIntList stride = sffi::optional_sized_int_list_arg(stride_, stride_len, stride_present, 2, "stride");
        const sffi::IntList padding = sffi::sized_int_list_arg(padding_, padding_len, 2, "padding");
        const bool ceil_mode = ceil_mode_;
        const bool count_include_pad = count_include_pad_;
        const std::optional<int64_t> divisor_override = sffi::optional_arg(divisor_override_, divisor_override_present);
        const sffi::SharedCall call_lock;
#line 2851 "spec/torch_api.yaml"
        return sffi::new_tensor(at::avg_pool2d(input, kernel_size, stride.value_or_empty(), padding, ceil_mode, count_include_pad, divisor_override));
#line 1716 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_avg_pool2d_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_avg_pool2d_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_avg_pool2d_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_embedding_v2(int64_t input_, int64_t weight_, int64_t padding_idx_, bool padding_idx_present, double max_norm_, bool max_norm_present, double norm_type_, bool scale_grad_by_freq_, bool sparse_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, weight] = sffi::tensor_args<2>({input_, weight_}, {"input", "weight"});
        const std::optional<int64_t> padding_idx = sffi::optional_arg(padding_idx_, padding_idx_present);
        const std::optional<double> max_norm = sffi::optional_arg(max_norm_, max_norm_present);
        const double norm_type = norm_type_;
        const bool scale_grad_by_freq = scale_grad_by_freq_;
        const bool sparse = sparse_;
        const sffi::SharedCall call_lock;
#line 2869 "spec/torch_api.yaml"
        return sffi::new_tensor(sffi::embedding(input, weight, padding_idx, max_norm, norm_type, scale_grad_by_freq, sparse));
#line 1741 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_embedding_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_embedding_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_embedding_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_linear_v2(int64_t input_, int64_t weight_, int64_t bias_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, weight] = sffi::tensor_args<2>({input_, weight_}, {"input", "weight"});
        const std::optional<at::Tensor> bias = sffi::optional_tensor_arg(bias_, "bias");
        const sffi::SharedCall call_lock;
#line 2883 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linear(input, weight, bias));
#line 1762 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_linear_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_linear_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_linear_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_conv1d(int64_t input_, int64_t weight_, int64_t bias_, const int64_t* stride_, int64_t stride_len, const int64_t* padding_, int64_t padding_len, const int64_t* dilation_, int64_t dilation_len, int64_t groups_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, weight] = sffi::tensor_args<2>({input_, weight_}, {"input", "weight"});
        const std::optional<at::Tensor> bias = sffi::optional_tensor_arg(bias_, "bias");
        const sffi::IntList stride = sffi::sized_int_list_arg(stride_, stride_len, 1, "stride");
        const sffi::IntList padding = sffi::sized_int_list_arg(padding_, padding_len, 1, "padding");
        const sffi::IntList dilation = sffi::sized_int_list_arg(dilation_, dilation_len, 1, "dilation");
        const int64_t groups = groups_;
        const sffi::SharedCall call_lock;
#line 9386 "spec/torch_api.yaml"
        return sffi::new_tensor(at::conv1d(input, weight, bias, stride, padding, dilation, groups));
#line 1787 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_conv1d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_conv1d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_conv1d");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_conv1d_padding(int64_t input_, int64_t weight_, int64_t bias_, const int64_t* stride_, int64_t stride_len, const char* padding_, const int64_t* dilation_, int64_t dilation_len, int64_t groups_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, weight] = sffi::tensor_args<2>({input_, weight_}, {"input", "weight"});
        const std::optional<at::Tensor> bias = sffi::optional_tensor_arg(bias_, "bias");
        const sffi::IntList stride = sffi::sized_int_list_arg(stride_, stride_len, 1, "stride");
        const std::string_view padding = sffi::enum_arg(padding_, "padding", {"valid", "same"}, sffi::Code::other);
        const sffi::IntList dilation = sffi::sized_int_list_arg(dilation_, dilation_len, 1, "dilation");
        const int64_t groups = groups_;
        const sffi::SharedCall call_lock;
#line 9404 "spec/torch_api.yaml"
        return sffi::new_tensor(at::conv1d(input, weight, bias, stride, padding, dilation, groups));
#line 1812 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_conv1d_padding");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_conv1d_padding");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_conv1d_padding");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_conv3d(int64_t input_, int64_t weight_, int64_t bias_, const int64_t* stride_, int64_t stride_len, const int64_t* padding_, int64_t padding_len, const int64_t* dilation_, int64_t dilation_len, int64_t groups_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, weight] = sffi::tensor_args<2>({input_, weight_}, {"input", "weight"});
        const std::optional<at::Tensor> bias = sffi::optional_tensor_arg(bias_, "bias");
        const sffi::IntList stride = sffi::sized_int_list_arg(stride_, stride_len, 3, "stride");
        const sffi::IntList padding = sffi::sized_int_list_arg(padding_, padding_len, 3, "padding");
        const sffi::IntList dilation = sffi::sized_int_list_arg(dilation_, dilation_len, 3, "dilation");
        const int64_t groups = groups_;
        const sffi::SharedCall call_lock;
#line 9422 "spec/torch_api.yaml"
        return sffi::new_tensor(at::conv3d(input, weight, bias, stride, padding, dilation, groups));
#line 1837 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_conv3d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_conv3d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_conv3d");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_conv3d_padding(int64_t input_, int64_t weight_, int64_t bias_, const int64_t* stride_, int64_t stride_len, const char* padding_, const int64_t* dilation_, int64_t dilation_len, int64_t groups_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, weight] = sffi::tensor_args<2>({input_, weight_}, {"input", "weight"});
        const std::optional<at::Tensor> bias = sffi::optional_tensor_arg(bias_, "bias");
        const sffi::IntList stride = sffi::sized_int_list_arg(stride_, stride_len, 3, "stride");
        const std::string_view padding = sffi::enum_arg(padding_, "padding", {"valid", "same"}, sffi::Code::other);
        const sffi::IntList dilation = sffi::sized_int_list_arg(dilation_, dilation_len, 3, "dilation");
        const int64_t groups = groups_;
        const sffi::SharedCall call_lock;
#line 9440 "spec/torch_api.yaml"
        return sffi::new_tensor(at::conv3d(input, weight, bias, stride, padding, dilation, groups));
#line 1862 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_conv3d_padding");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_conv3d_padding");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_conv3d_padding");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_conv_transpose1d(int64_t input_, int64_t weight_, int64_t bias_, const int64_t* stride_, int64_t stride_len, const int64_t* padding_, int64_t padding_len, const int64_t* output_padding_, int64_t output_padding_len, int64_t groups_, const int64_t* dilation_, int64_t dilation_len) noexcept {
    sffi::begin_call();
    try {
        const auto [input, weight] = sffi::tensor_args<2>({input_, weight_}, {"input", "weight"});
        const std::optional<at::Tensor> bias = sffi::optional_tensor_arg(bias_, "bias");
        const sffi::IntList stride = sffi::sized_int_list_arg(stride_, stride_len, 1, "stride");
        const sffi::IntList padding = sffi::sized_int_list_arg(padding_, padding_len, 1, "padding");
        const sffi::IntList output_padding = sffi::sized_int_list_arg(output_padding_, output_padding_len, 1, "output_padding");
        const int64_t groups = groups_;
        const sffi::IntList dilation = sffi::sized_int_list_arg(dilation_, dilation_len, 1, "dilation");
        const sffi::SharedCall call_lock;
#line 9459 "spec/torch_api.yaml"
        return sffi::new_tensor(at::conv_transpose1d(input, weight, bias, stride, padding, output_padding, groups, dilation));
#line 1888 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_conv_transpose1d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_conv_transpose1d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_conv_transpose1d");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_conv_transpose2d(int64_t input_, int64_t weight_, int64_t bias_, const int64_t* stride_, int64_t stride_len, const int64_t* padding_, int64_t padding_len, const int64_t* output_padding_, int64_t output_padding_len, int64_t groups_, const int64_t* dilation_, int64_t dilation_len) noexcept {
    sffi::begin_call();
    try {
        const auto [input, weight] = sffi::tensor_args<2>({input_, weight_}, {"input", "weight"});
        const std::optional<at::Tensor> bias = sffi::optional_tensor_arg(bias_, "bias");
        const sffi::IntList stride = sffi::sized_int_list_arg(stride_, stride_len, 2, "stride");
        const sffi::IntList padding = sffi::sized_int_list_arg(padding_, padding_len, 2, "padding");
        const sffi::IntList output_padding = sffi::sized_int_list_arg(output_padding_, output_padding_len, 2, "output_padding");
        const int64_t groups = groups_;
        const sffi::IntList dilation = sffi::sized_int_list_arg(dilation_, dilation_len, 2, "dilation");
        const sffi::SharedCall call_lock;
#line 9478 "spec/torch_api.yaml"
        return sffi::new_tensor(at::conv_transpose2d(input, weight, bias, stride, padding, output_padding, groups, dilation));
#line 1914 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_conv_transpose2d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_conv_transpose2d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_conv_transpose2d");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_conv_transpose3d(int64_t input_, int64_t weight_, int64_t bias_, const int64_t* stride_, int64_t stride_len, const int64_t* padding_, int64_t padding_len, const int64_t* output_padding_, int64_t output_padding_len, int64_t groups_, const int64_t* dilation_, int64_t dilation_len) noexcept {
    sffi::begin_call();
    try {
        const auto [input, weight] = sffi::tensor_args<2>({input_, weight_}, {"input", "weight"});
        const std::optional<at::Tensor> bias = sffi::optional_tensor_arg(bias_, "bias");
        const sffi::IntList stride = sffi::sized_int_list_arg(stride_, stride_len, 3, "stride");
        const sffi::IntList padding = sffi::sized_int_list_arg(padding_, padding_len, 3, "padding");
        const sffi::IntList output_padding = sffi::sized_int_list_arg(output_padding_, output_padding_len, 3, "output_padding");
        const int64_t groups = groups_;
        const sffi::IntList dilation = sffi::sized_int_list_arg(dilation_, dilation_len, 3, "dilation");
        const sffi::SharedCall call_lock;
#line 9497 "spec/torch_api.yaml"
        return sffi::new_tensor(at::conv_transpose3d(input, weight, bias, stride, padding, output_padding, groups, dilation));
#line 1940 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_conv_transpose3d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_conv_transpose3d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_conv_transpose3d");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_avg_pool1d(int64_t input_, const int64_t* kernel_size_, int64_t kernel_size_len, const int64_t* stride_, int64_t stride_len, bool stride_present, const int64_t* padding_, int64_t padding_len, bool ceil_mode_, bool count_include_pad_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList kernel_size = sffi::sized_int_list_arg(kernel_size_, kernel_size_len, 1, "kernel_size");
        const sffi::OptionalIntList stride = sffi::optional_sized_int_list_arg(stride_, stride_len, stride_present, 1, "stride");
        const sffi::IntList padding = sffi::sized_int_list_arg(padding_, padding_len, 1, "padding");
        const bool ceil_mode = ceil_mode_;
        const bool count_include_pad = count_include_pad_;
        const sffi::SharedCall call_lock;
#line 9515 "spec/torch_api.yaml"
        return sffi::new_tensor(at::avg_pool1d(input, kernel_size, stride.value_or_empty(), padding, ceil_mode, count_include_pad));
#line 1965 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_avg_pool1d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_avg_pool1d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_avg_pool1d");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_max_pool1d(int64_t input_, const int64_t* kernel_size_, int64_t kernel_size_len, const int64_t* stride_, int64_t stride_len, bool stride_present, const int64_t* padding_, int64_t padding_len, const int64_t* dilation_, int64_t dilation_len, bool ceil_mode_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList kernel_size = sffi::sized_int_list_arg(kernel_size_, kernel_size_len, 1, "kernel_size");
        const sffi::OptionalIntList stride = sffi::optional_sized_int_list_arg(stride_, stride_len, stride_present, 1, "stride");
        const sffi::IntList padding = sffi::sized_int_list_arg(padding_, padding_len, 1, "padding");
        const sffi::IntList dilation = sffi::sized_int_list_arg(dilation_, dilation_len, 1, "dilation");
        const bool ceil_mode = ceil_mode_;
        const sffi::SharedCall call_lock;
#line 9532 "spec/torch_api.yaml"
        return sffi::new_tensor(at::max_pool1d(input, kernel_size, stride.value_or_empty(), padding, dilation, ceil_mode));
#line 1990 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_max_pool1d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_max_pool1d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_max_pool1d");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_max_pool1d_with_indices(int64_t input_, const int64_t* kernel_size_, int64_t kernel_size_len, const int64_t* stride_, int64_t stride_len, bool stride_present, const int64_t* padding_, int64_t padding_len, const int64_t* dilation_, int64_t dilation_len, bool ceil_mode_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList kernel_size = sffi::sized_int_list_arg(kernel_size_, kernel_size_len, 1, "kernel_size");
        const sffi::OptionalIntList stride = sffi::optional_sized_int_list_arg(stride_, stride_len, stride_present, 1, "stride");
        const sffi::IntList padding = sffi::sized_int_list_arg(padding_, padding_len, 1, "padding");
        const sffi::IntList dilation = sffi::sized_int_list_arg(dilation_, dilation_len, 1, "dilation");
        const bool ceil_mode = ceil_mode_;
        const sffi::SharedCall call_lock;
#line 9551 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::max_pool1d_with_indices(input, kernel_size, stride.value_or_empty(), padding, dilation, ceil_mode));
#line 2015 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_max_pool1d_with_indices");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_max_pool1d_with_indices");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_max_pool1d_with_indices");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_nn_avg_pool3d(int64_t input_, const int64_t* kernel_size_, int64_t kernel_size_len, const int64_t* stride_, int64_t stride_len, bool stride_present, const int64_t* padding_, int64_t padding_len, bool ceil_mode_, bool count_include_pad_, int64_t divisor_override_, bool divisor_override_present) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList kernel_size = sffi::sized_int_list_arg(kernel_size_, kernel_size_len, 3, "kernel_size");
        const sffi::OptionalIntList stride = sffi::optional_sized_int_list_arg(stride_, stride_len, stride_present, 3, "stride");
        const sffi::IntList padding = sffi::sized_int_list_arg(padding_, padding_len, 3, "padding");
        const bool ceil_mode = ceil_mode_;
        const bool count_include_pad = count_include_pad_;
        const std::optional<int64_t> divisor_override = sffi::optional_arg(divisor_override_, divisor_override_present);
        const sffi::SharedCall call_lock;
#line 9570 "spec/torch_api.yaml"
        return sffi::new_tensor(at::avg_pool3d(input, kernel_size, stride.value_or_empty(), padding, ceil_mode, count_include_pad, divisor_override));
#line 2041 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_avg_pool3d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_avg_pool3d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_avg_pool3d");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_max_pool3d(int64_t input_, const int64_t* kernel_size_, int64_t kernel_size_len, const int64_t* stride_, int64_t stride_len, bool stride_present, const int64_t* padding_, int64_t padding_len, const int64_t* dilation_, int64_t dilation_len, bool ceil_mode_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList kernel_size = sffi::sized_int_list_arg(kernel_size_, kernel_size_len, 3, "kernel_size");
        const sffi::OptionalIntList stride = sffi::optional_sized_int_list_arg(stride_, stride_len, stride_present, 3, "stride");
        const sffi::IntList padding = sffi::sized_int_list_arg(padding_, padding_len, 3, "padding");
        const sffi::IntList dilation = sffi::sized_int_list_arg(dilation_, dilation_len, 3, "dilation");
        const bool ceil_mode = ceil_mode_;
        const sffi::SharedCall call_lock;
#line 9587 "spec/torch_api.yaml"
        return sffi::new_tensor(at::max_pool3d(input, kernel_size, stride.value_or_empty(), padding, dilation, ceil_mode));
#line 2066 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_max_pool3d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_max_pool3d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_max_pool3d");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_max_pool3d_with_indices(int64_t input_, const int64_t* kernel_size_, int64_t kernel_size_len, const int64_t* stride_, int64_t stride_len, bool stride_present, const int64_t* padding_, int64_t padding_len, const int64_t* dilation_, int64_t dilation_len, bool ceil_mode_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList kernel_size = sffi::sized_int_list_arg(kernel_size_, kernel_size_len, 3, "kernel_size");
        const sffi::OptionalIntList stride = sffi::optional_sized_int_list_arg(stride_, stride_len, stride_present, 3, "stride");
        const sffi::IntList padding = sffi::sized_int_list_arg(padding_, padding_len, 3, "padding");
        const sffi::IntList dilation = sffi::sized_int_list_arg(dilation_, dilation_len, 3, "dilation");
        const bool ceil_mode = ceil_mode_;
        const sffi::SharedCall call_lock;
#line 9606 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::max_pool3d_with_indices(input, kernel_size, stride.value_or_empty(), padding, dilation, ceil_mode));
#line 2091 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_max_pool3d_with_indices");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_max_pool3d_with_indices");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_max_pool3d_with_indices");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_nn_adaptive_avg_pool1d(int64_t input_, const int64_t* output_size_, int64_t output_size_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList output_size = sffi::sized_int_list_arg(output_size_, output_size_len, 1, "output_size");
        const sffi::SharedCall call_lock;
#line 9620 "spec/torch_api.yaml"
        return sffi::new_tensor(at::adaptive_avg_pool1d(input, output_size));
#line 2112 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_adaptive_avg_pool1d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_adaptive_avg_pool1d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_adaptive_avg_pool1d");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_adaptive_max_pool1d(int64_t input_, const int64_t* output_size_, int64_t output_size_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList output_size = sffi::sized_int_list_arg(output_size_, output_size_len, 1, "output_size");
        const sffi::SharedCall call_lock;
#line 9633 "spec/torch_api.yaml"
        return sffi::new_tensor(std::get<0>(at::adaptive_max_pool1d(input, output_size)));
#line 2133 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_adaptive_max_pool1d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_adaptive_max_pool1d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_adaptive_max_pool1d");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_adaptive_max_pool1d_with_indices(int64_t input_, const int64_t* output_size_, int64_t output_size_len, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList output_size = sffi::sized_int_list_arg(output_size_, output_size_len, 1, "output_size");
        const sffi::SharedCall call_lock;
#line 9648 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::adaptive_max_pool1d(input, output_size));
#line 2154 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_adaptive_max_pool1d_with_indices");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_adaptive_max_pool1d_with_indices");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_adaptive_max_pool1d_with_indices");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_nn_adaptive_avg_pool2d(int64_t input_, const int64_t* output_size_, int64_t output_size_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList output_size = sffi::sized_int_list_arg(output_size_, output_size_len, 2, "output_size");
        const sffi::SharedCall call_lock;
#line 9662 "spec/torch_api.yaml"
        return sffi::new_tensor(at::adaptive_avg_pool2d(input, output_size));
#line 2175 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_adaptive_avg_pool2d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_adaptive_avg_pool2d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_adaptive_avg_pool2d");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_adaptive_max_pool2d(int64_t input_, const int64_t* output_size_, int64_t output_size_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList output_size = sffi::sized_int_list_arg(output_size_, output_size_len, 2, "output_size");
        const sffi::SharedCall call_lock;
#line 9675 "spec/torch_api.yaml"
        return sffi::new_tensor(std::get<0>(at::adaptive_max_pool2d(input, output_size)));
#line 2196 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_adaptive_max_pool2d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_adaptive_max_pool2d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_adaptive_max_pool2d");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_adaptive_max_pool2d_with_indices(int64_t input_, const int64_t* output_size_, int64_t output_size_len, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList output_size = sffi::sized_int_list_arg(output_size_, output_size_len, 2, "output_size");
        const sffi::SharedCall call_lock;
#line 9690 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::adaptive_max_pool2d(input, output_size));
#line 2217 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_adaptive_max_pool2d_with_indices");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_adaptive_max_pool2d_with_indices");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_adaptive_max_pool2d_with_indices");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_nn_adaptive_avg_pool3d(int64_t input_, const int64_t* output_size_, int64_t output_size_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList output_size = sffi::sized_int_list_arg(output_size_, output_size_len, 3, "output_size");
        const sffi::SharedCall call_lock;
#line 9704 "spec/torch_api.yaml"
        return sffi::new_tensor(at::adaptive_avg_pool3d(input, output_size));
#line 2238 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_adaptive_avg_pool3d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_adaptive_avg_pool3d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_adaptive_avg_pool3d");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_adaptive_max_pool3d(int64_t input_, const int64_t* output_size_, int64_t output_size_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList output_size = sffi::sized_int_list_arg(output_size_, output_size_len, 3, "output_size");
        const sffi::SharedCall call_lock;
#line 9717 "spec/torch_api.yaml"
        return sffi::new_tensor(std::get<0>(at::adaptive_max_pool3d(input, output_size)));
#line 2259 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_adaptive_max_pool3d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_adaptive_max_pool3d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_adaptive_max_pool3d");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_adaptive_max_pool3d_with_indices(int64_t input_, const int64_t* output_size_, int64_t output_size_len, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList output_size = sffi::sized_int_list_arg(output_size_, output_size_len, 3, "output_size");
        const sffi::SharedCall call_lock;
#line 9732 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::adaptive_max_pool3d(input, output_size));
#line 2280 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_adaptive_max_pool3d_with_indices");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_adaptive_max_pool3d_with_indices");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_adaptive_max_pool3d_with_indices");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_nn_group_norm(int64_t input_, int64_t num_groups_, int64_t weight_, int64_t bias_, double eps_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t num_groups = num_groups_;
        const std::optional<at::Tensor> weight = sffi::optional_tensor_arg(weight_, "weight");
        const std::optional<at::Tensor> bias = sffi::optional_tensor_arg(bias_, "bias");
        const double eps = eps_;
        const sffi::SharedCall call_lock;
#line 9750 "spec/torch_api.yaml"
        return sffi::new_tensor(at::group_norm(input, num_groups, weight, bias, eps));
#line 2304 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_group_norm");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_group_norm");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_group_norm");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_instance_norm(int64_t input_, int64_t running_mean_, int64_t running_var_, int64_t weight_, int64_t bias_, bool use_input_stats_, double momentum_, double eps_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<at::Tensor> running_mean = sffi::optional_tensor_arg(running_mean_, "running_mean");
        const std::optional<at::Tensor> running_var = sffi::optional_tensor_arg(running_var_, "running_var");
        const std::optional<at::Tensor> weight = sffi::optional_tensor_arg(weight_, "weight");
        const std::optional<at::Tensor> bias = sffi::optional_tensor_arg(bias_, "bias");
        const bool use_input_stats = use_input_stats_;
        const double momentum = momentum_;
        const double eps = eps_;
        const sffi::SharedCall call_lock;
#line 9769 "spec/torch_api.yaml"
        return sffi::new_tensor([&] {
    if (use_input_stats) {
        int64_t spatial = 1;
        for (int64_t d = 2; d < input.dim(); ++d) spatial *= input.size(d);
        TORCH_CHECK_VALUE(spatial != 1, "Expected more than 1 spatial element when training, got input size torch.Size(", input.sizes(), ")");
    }
    return at::instance_norm(input, weight, bias, running_mean, running_var, use_input_stats, momentum, eps, true);
}());
#line 2338 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_instance_norm");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_instance_norm");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_instance_norm");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_rms_norm(int64_t input_, const int64_t* normalized_shape_, int64_t normalized_shape_len, int64_t weight_, double eps_, bool eps_present) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef normalized_shape = sffi::array_arg(normalized_shape_, normalized_shape_len, "normalized_shape");
        const std::optional<at::Tensor> weight = sffi::optional_tensor_arg(weight_, "weight");
        const std::optional<double> eps = sffi::optional_arg(eps_, eps_present);
        const sffi::SharedCall call_lock;
#line 9792 "spec/torch_api.yaml"
        return sffi::new_tensor(at::rms_norm(input, normalized_shape, weight, eps));
#line 2361 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_rms_norm");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_rms_norm");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_rms_norm");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_local_response_norm(int64_t input_, int64_t size_, double alpha_, double beta_, double k_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t size = size_;
        const double alpha = alpha_;
        const double beta = beta_;
        const double k = k_;
        const sffi::SharedCall call_lock;
#line 9808 "spec/torch_api.yaml"
        return sffi::new_tensor([&] {
    const int64_t dim = input.dim();
    TORCH_CHECK_VALUE(dim >= 3, "Expected 3D or higher dimensionality input (got ", dim, " dimensions)");
    if (input.numel() == 0) return input;
    auto div = at::mul(input, input);
    if (dim == 3) {
        div = at::constant_pad_nd(div.unsqueeze(1), {0, 0, size / 2, (size - 1) / 2});
        div = at::avg_pool2d(div, {size, 1}, {1, 1}).squeeze(1);
    } else {
        auto sizes = input.sizes().vec();
        div = div.view({sizes[0], 1, sizes[1], sizes[2], -1});
        div = at::constant_pad_nd(div, {0, 0, 0, 0, size / 2, (size - 1) / 2});
        div = at::avg_pool3d(div, {size, 1, 1}, {1, 1, 1}).squeeze(1).view(sizes);
    }
    div = at::pow(at::add(at::mul(div, alpha), k), beta);
    return at::div(input, div);
}());
#line 2401 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_local_response_norm");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_local_response_norm");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_local_response_norm");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_normalize(int64_t input_, double p_, int64_t dim_, double eps_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const double p = p_;
        const int64_t dim = dim_;
        const double eps = eps_;
        const sffi::SharedCall call_lock;
#line 9839 "spec/torch_api.yaml"
        return sffi::new_tensor(at::div(input, at::clamp_min(at::norm(input, std::optional<c10::Scalar>(p), c10::IntArrayRef{dim}, true), eps).expand_as(input)));
#line 2424 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_normalize");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_normalize");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_normalize");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_pad(int64_t input_, const int64_t* pad_, int64_t pad_len, const char* mode_, double value_, bool value_present) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef pad = sffi::array_arg(pad_, pad_len, "pad");
        const std::string_view mode = sffi::enum_arg(mode_, "mode", {"constant", "reflect", "replicate", "circular"}, sffi::Code::other);
        const std::optional<double> value = sffi::optional_arg(value_, value_present);
        const sffi::SharedCall call_lock;
#line 9853 "spec/torch_api.yaml"
        return sffi::new_tensor(at::pad(input, pad, mode, value));
#line 2447 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_pad");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_pad");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_pad");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_unfold(int64_t input_, const int64_t* kernel_size_, int64_t kernel_size_len, const int64_t* dilation_, int64_t dilation_len, const int64_t* padding_, int64_t padding_len, const int64_t* stride_, int64_t stride_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList kernel_size = sffi::sized_int_list_arg(kernel_size_, kernel_size_len, 2, "kernel_size");
        const sffi::IntList dilation = sffi::sized_int_list_arg(dilation_, dilation_len, 2, "dilation");
        const sffi::IntList padding = sffi::sized_int_list_arg(padding_, padding_len, 2, "padding");
        const sffi::IntList stride = sffi::sized_int_list_arg(stride_, stride_len, 2, "stride");
        const sffi::SharedCall call_lock;
#line 9869 "spec/torch_api.yaml"
        return sffi::new_tensor(at::im2col(input, kernel_size, dilation, padding, stride));
#line 2471 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_unfold");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_unfold");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_unfold");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_cosine_similarity(int64_t x1_, int64_t x2_, int64_t dim_, double eps_) noexcept {
    sffi::begin_call();
    try {
        const auto [x1, x2] = sffi::tensor_args<2>({x1_, x2_}, {"x1", "x2"});
        const int64_t dim = dim_;
        const double eps = eps_;
        const sffi::SharedCall call_lock;
#line 9884 "spec/torch_api.yaml"
        return sffi::new_tensor(at::cosine_similarity(x1, x2, dim, eps));
#line 2493 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_cosine_similarity");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_cosine_similarity");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_cosine_similarity");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_pairwise_distance(int64_t x1_, int64_t x2_, double p_, double eps_, bool keepdim_) noexcept {
    sffi::begin_call();
    try {
        const auto [x1, x2] = sffi::tensor_args<2>({x1_, x2_}, {"x1", "x2"});
        const double p = p_;
        const double eps = eps_;
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 9900 "spec/torch_api.yaml"
        return sffi::new_tensor(at::pairwise_distance(x1, x2, p, eps, keepdim));
#line 2516 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_pairwise_distance");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_pairwise_distance");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_pairwise_distance");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_pdist(int64_t input_, double p_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const double p = p_;
        const sffi::SharedCall call_lock;
#line 9913 "spec/torch_api.yaml"
        return sffi::new_tensor(at::pdist(input, p));
#line 2537 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_pdist");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_pdist");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_pdist");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_pixel_shuffle(int64_t input_, int64_t upscale_factor_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t upscale_factor = upscale_factor_;
        const sffi::SharedCall call_lock;
#line 9926 "spec/torch_api.yaml"
        return sffi::new_tensor(at::pixel_shuffle(input, upscale_factor));
#line 2558 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_pixel_shuffle");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_pixel_shuffle");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_pixel_shuffle");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_pixel_unshuffle(int64_t input_, int64_t downscale_factor_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t downscale_factor = downscale_factor_;
        const sffi::SharedCall call_lock;
#line 9939 "spec/torch_api.yaml"
        return sffi::new_tensor(at::pixel_unshuffle(input, downscale_factor));
#line 2579 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_pixel_unshuffle");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_pixel_unshuffle");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_pixel_unshuffle");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_channel_shuffle(int64_t input_, int64_t groups_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t groups = groups_;
        const sffi::SharedCall call_lock;
#line 9952 "spec/torch_api.yaml"
        return sffi::new_tensor(at::channel_shuffle(input, groups));
#line 2600 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_channel_shuffle");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_channel_shuffle");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_channel_shuffle");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_one_hot(int64_t tensor_, int64_t num_classes_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor tensor = sffi::tensor_arg(tensor_, "tensor");
        const int64_t num_classes = num_classes_;
        const sffi::SharedCall call_lock;
#line 9965 "spec/torch_api.yaml"
        return sffi::new_tensor(at::one_hot(tensor, num_classes));
#line 2621 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_one_hot");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_one_hot");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_one_hot");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_bilinear(int64_t input1_, int64_t input2_, int64_t weight_, int64_t bias_) noexcept {
    sffi::begin_call();
    try {
        const auto [input1, input2, weight] = sffi::tensor_args<3>({input1_, input2_, weight_}, {"input1", "input2", "weight"});
        const std::optional<at::Tensor> bias = sffi::optional_tensor_arg(bias_, "bias");
        const sffi::SharedCall call_lock;
#line 9980 "spec/torch_api.yaml"
        return sffi::new_tensor(at::bilinear(input1, input2, weight, bias));
#line 2642 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_bilinear");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_bilinear");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_bilinear");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_dropout2d(int64_t input_, double p_, bool training_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const double p = p_;
        const bool training = training_;
        const sffi::SharedCall call_lock;
#line 9994 "spec/torch_api.yaml"
        return sffi::new_tensor([&] {
    TORCH_CHECK_VALUE(p >= 0.0 && p <= 1.0, "dropout probability has to be between 0 and 1, but got ", p);
    return at::feature_dropout(input, p, training);
}());
#line 2667 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_dropout2d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_dropout2d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_dropout2d");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_dropout3d(int64_t input_, double p_, bool training_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const double p = p_;
        const bool training = training_;
        const sffi::SharedCall call_lock;
#line 10012 "spec/torch_api.yaml"
        return sffi::new_tensor([&] {
    TORCH_CHECK_VALUE(p >= 0.0 && p <= 1.0, "dropout probability has to be between 0 and 1, but got ", p);
    if (input.dim() != 5) return at::feature_dropout(input.unsqueeze(0), p, training).squeeze(0);  // F: unbatched
    return at::feature_dropout(input, p, training);
}());
#line 2693 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_dropout3d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_dropout3d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_dropout3d");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_alpha_dropout(int64_t input_, double p_, bool training_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const double p = p_;
        const bool training = training_;
        const sffi::SharedCall call_lock;
#line 10031 "spec/torch_api.yaml"
        return sffi::new_tensor([&] {
    TORCH_CHECK_VALUE(p >= 0.0 && p <= 1.0, "dropout probability has to be between 0 and 1, but got ", p);
    return at::alpha_dropout(input, p, training);
}());
#line 2718 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_alpha_dropout");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_alpha_dropout");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_alpha_dropout");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_scaled_dot_product_attention(int64_t query_, int64_t key_, int64_t value_, int64_t attn_mask_, double dropout_p_, bool is_causal_, double scale_, bool scale_present, bool enable_gqa_) noexcept {
    sffi::begin_call();
    try {
        const auto [query, key, value] = sffi::tensor_args<3>({query_, key_, value_}, {"query", "key", "value"});
        const std::optional<at::Tensor> attn_mask = sffi::optional_tensor_arg(attn_mask_, "attn_mask");
        const double dropout_p = dropout_p_;
        const bool is_causal = is_causal_;
        const std::optional<double> scale = sffi::optional_arg(scale_, scale_present);
        const bool enable_gqa = enable_gqa_;
        const sffi::SharedCall call_lock;
#line 10055 "spec/torch_api.yaml"
        return sffi::new_tensor(at::scaled_dot_product_attention(query, key, value, attn_mask, dropout_p, is_causal, scale, enable_gqa));
#line 2743 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_scaled_dot_product_attention");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_scaled_dot_product_attention");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_scaled_dot_product_attention");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_grid_sample(int64_t input_, int64_t grid_, const char* mode_, const char* padding_mode_, bool align_corners_, bool align_corners_present) noexcept {
    sffi::begin_call();
    try {
        const auto [input, grid] = sffi::tensor_args<2>({input_, grid_}, {"input", "grid"});
        const std::string_view mode = sffi::enum_arg(mode_, "mode", {"bilinear", "nearest", "bicubic"}, sffi::Code::value);
        const std::string_view padding_mode = sffi::enum_arg(padding_mode_, "padding_mode", {"zeros", "border", "reflection"}, sffi::Code::value);
        const std::optional<bool> align_corners = sffi::optional_arg(align_corners_, align_corners_present);
        const sffi::SharedCall call_lock;
#line 10071 "spec/torch_api.yaml"
        return sffi::new_tensor(at::grid_sampler(input, grid, mode == "bilinear" ? 0 : mode == "nearest" ? 1 : 2,
                 padding_mode == "zeros" ? 0 : padding_mode == "border" ? 1 : 2, align_corners.value_or(false)));
#line 2767 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_grid_sample");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_grid_sample");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_grid_sample");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_interpolate(int64_t input_, const int64_t* size_, int64_t size_len, bool size_present, const double* scale_factor_, int64_t scale_factor_len, bool scale_factor_present, const char* mode_, bool align_corners_, bool align_corners_present, bool recompute_scale_factor_, bool recompute_scale_factor_present, bool antialias_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::OptionalIntArrayRef size = sffi::optional_array_arg(size_, size_len, size_present, "size");
        const c10::OptionalArrayRef<double> scale_factor = sffi::optional_array_arg(scale_factor_, scale_factor_len, scale_factor_present, "scale_factor");
        const std::string_view mode = sffi::enum_arg(mode_, "mode", {"nearest", "linear", "bilinear", "bicubic", "trilinear", "area", "nearest-exact"}, sffi::Code::value);
        const std::optional<bool> align_corners = sffi::optional_arg(align_corners_, align_corners_present);
        const std::optional<bool> recompute_scale_factor = sffi::optional_arg(recompute_scale_factor_, recompute_scale_factor_present);
        const bool antialias = antialias_;
        const sffi::SharedCall call_lock;
#line 10091 "spec/torch_api.yaml"
        return sffi::new_tensor([&] {
    const bool sampling = mode == "nearest" || mode == "area" || mode == "nearest-exact";
    TORCH_CHECK_VALUE(!(sampling && align_corners.has_value()),
                      "align_corners option can only be set with the interpolating modes: linear | bilinear | bicubic | trilinear");
    const bool corners = align_corners.value_or(false);
    const int64_t dim = input.dim() - 2;
    TORCH_CHECK_VALUE(!(size.has_value() && scale_factor.has_value()), "only one of size or scale_factor should be defined");
    TORCH_CHECK_VALUE(size.has_value() || scale_factor.has_value(), "either size or scale_factor should be defined");
    std::optional<std::vector<int64_t>> output_size;
    std::optional<std::vector<double>> scales;
    if (size.has_value()) {
        TORCH_CHECK_VALUE(size->size() == 1 || static_cast<int64_t>(size->size()) == dim,
                          "Input and output must have the same number of spatial dimensions, but got input with spatial dimensions of ",
                          input.sizes().slice(2), " and output size of ", *size,
                          ". Please provide input tensor in (N, C, d1, d2, ...,dK) format and output size in (o1, o2, ...,oK) format.");
        output_size = size->size() == 1 ? std::vector<int64_t>(std::max<int64_t>(dim, 0), (*size)[0]) : size->vec();
    } else {
        TORCH_CHECK_VALUE(scale_factor->size() == 1 || static_cast<int64_t>(scale_factor->size()) == dim,
                          "Input and scale_factor must have the same number of spatial dimensions, but got input with spatial dimensions of ",
                          input.sizes().slice(2), " and scale_factor of shape ", *scale_factor,
                          ". Please provide input tensor in (N, C, d1, d2, ...,dK) format and scale_factor in (s1, s2, ...,sK) format.");
        scales = scale_factor->size() == 1 ? std::vector<double>(std::max<int64_t>(dim, 0), (*scale_factor)[0]) : scale_factor->vec();
    }
    TORCH_CHECK_VALUE(!(recompute_scale_factor.value_or(false) && size.has_value()),
                      "recompute_scale_factor is not meaningful with an explicit size.");
    if (recompute_scale_factor.value_or(false) || (mode == "area" && !output_size.has_value())) {
        std::vector<int64_t> computed;
        for (int64_t i = 0; i < dim; ++i) computed.push_back(static_cast<int64_t>(std::floor(static_cast<double>(input.size(i + 2)) * (*scales)[i])));
        output_size = computed;
        scales.reset();
    }
    TORCH_CHECK_VALUE(!antialias || ((mode == "bilinear" || mode == "bicubic") && input.dim() == 4),
                      "Anti-alias option is restricted to bilinear, bicubic, and lanczos modes and requires a 4-D tensor as input");
    const at::OptionalIntArrayRef out = output_size.has_value() ? at::OptionalIntArrayRef(*output_size) : at::OptionalIntArrayRef();
    const std::optional<c10::ArrayRef<double>> sc = scales.has_value() ? std::optional<c10::ArrayRef<double>>(*scales) : std::nullopt;
    const int64_t d = input.dim();
    if (mode == "nearest" && d == 3) return at::upsample_nearest1d(input, out, sc);
    if (mode == "nearest" && d == 4) return at::upsample_nearest2d(input, out, sc);
    if (mode == "nearest" && d == 5) return at::upsample_nearest3d(input, out, sc);
    if (mode == "nearest-exact" && d == 3) return at::_upsample_nearest_exact1d(input, out, sc);
    if (mode == "nearest-exact" && d == 4) return at::_upsample_nearest_exact2d(input, out, sc);
    if (mode == "nearest-exact" && d == 5) return at::_upsample_nearest_exact3d(input, out, sc);
    if (mode == "area" && d == 3) return at::adaptive_avg_pool1d(input, *output_size);
    if (mode == "area" && d == 4) return at::adaptive_avg_pool2d(input, *output_size);
    if (mode == "area" && d == 5) return at::adaptive_avg_pool3d(input, *output_size);
    if (mode == "linear" && d == 3) return at::upsample_linear1d(input, out, corners, sc);
    if (mode == "bilinear" && d == 4) {
        return antialias ? at::_upsample_bilinear2d_aa(input, out, corners, sc) : at::upsample_bilinear2d(input, out, corners, sc);
    }
    if (mode == "trilinear" && d == 5) return at::upsample_trilinear3d(input, out, corners, sc);
    if (mode == "bicubic" && d == 4) {
        return antialias ? at::_upsample_bicubic2d_aa(input, out, corners, sc) : at::upsample_bicubic2d(input, out, corners, sc);
    }
    const char* needs = mode == "linear" ? "3D" : mode == "bilinear" || mode == "bicubic" ? "4D" : mode == "trilinear" ? "5D" : "3D, 4D or 5D";
    TORCH_CHECK_NOT_IMPLEMENTED(false, "Got ", d, "D input, but ", mode, " mode needs ", needs, " input");
    return input;
}());
#line 2849 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_interpolate");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_interpolate");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_interpolate");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_max_unpool1d(int64_t input_, int64_t indices_, const int64_t* kernel_size_, int64_t kernel_size_len, const int64_t* stride_, int64_t stride_len, bool stride_present, const int64_t* padding_, int64_t padding_len, const int64_t* output_size_, int64_t output_size_len, bool output_size_present) noexcept {
    sffi::begin_call();
    try {
        const auto [input, indices] = sffi::tensor_args<2>({input_, indices_}, {"input", "indices"});
        const sffi::IntList kernel_size = sffi::sized_int_list_arg(kernel_size_, kernel_size_len, 1, "kernel_size");
        const sffi::OptionalIntList stride = sffi::optional_sized_int_list_arg(stride_, stride_len, stride_present, 1, "stride");
        const sffi::IntList padding = sffi::sized_int_list_arg(padding_, padding_len, 1, "padding");
        const at::OptionalIntArrayRef output_size = sffi::optional_array_arg(output_size_, output_size_len, output_size_present, "output_size");
        const sffi::SharedCall call_lock;
#line 10164 "spec/torch_api.yaml"
        return sffi::new_tensor([&] {
    const c10::IntArrayRef given = stride.value_or_empty();
    const std::vector<int64_t> step = given.empty() ? std::vector<int64_t>(kernel_size.begin(), kernel_size.end()) : given.vec();
    std::vector<int64_t> size;
    for (int64_t d = 0; d < 1; ++d) {
        size.push_back((input.size(input.dim() - 1 + d) - 1) * step[d] + kernel_size[d] - 2 * padding[d]);
    }
    if (output_size.has_value()) {
        auto wanted = output_size->vec();
        if (wanted.size() == 3) wanted.erase(wanted.begin(), wanted.begin() + 2);
        TORCH_CHECK_VALUE(wanted.size() == 1, "output_size should be a sequence containing 1 or 3 elements, but it has a length of '",
                          output_size->size(), "'");
        for (int64_t d = 0; d < 1; ++d) {
            TORCH_CHECK_VALUE(size[d] - step[d] < wanted[d] && wanted[d] < size[d] + step[d], "invalid output_size \"", *output_size,
                              "\" (dim ", d, " must be between ", size[d] - step[d], " and ", size[d] + step[d], ")");
        }
        size = wanted;
    }
    return at::max_unpool2d(input.unsqueeze(-1), indices.unsqueeze(-1), {size[0], 1}).squeeze(-1);
}());
#line 2892 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_max_unpool1d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_max_unpool1d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_max_unpool1d");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_max_unpool2d(int64_t input_, int64_t indices_, const int64_t* kernel_size_, int64_t kernel_size_len, const int64_t* stride_, int64_t stride_len, bool stride_present, const int64_t* padding_, int64_t padding_len, const int64_t* output_size_, int64_t output_size_len, bool output_size_present) noexcept {
    sffi::begin_call();
    try {
        const auto [input, indices] = sffi::tensor_args<2>({input_, indices_}, {"input", "indices"});
        const sffi::IntList kernel_size = sffi::sized_int_list_arg(kernel_size_, kernel_size_len, 2, "kernel_size");
        const sffi::OptionalIntList stride = sffi::optional_sized_int_list_arg(stride_, stride_len, stride_present, 2, "stride");
        const sffi::IntList padding = sffi::sized_int_list_arg(padding_, padding_len, 2, "padding");
        const at::OptionalIntArrayRef output_size = sffi::optional_array_arg(output_size_, output_size_len, output_size_present, "output_size");
        const sffi::SharedCall call_lock;
#line 10201 "spec/torch_api.yaml"
        return sffi::new_tensor([&] {
    const c10::IntArrayRef given = stride.value_or_empty();
    const std::vector<int64_t> step = given.empty() ? std::vector<int64_t>(kernel_size.begin(), kernel_size.end()) : given.vec();
    std::vector<int64_t> size;
    for (int64_t d = 0; d < 2; ++d) {
        size.push_back((input.size(input.dim() - 2 + d) - 1) * step[d] + kernel_size[d] - 2 * padding[d]);
    }
    if (output_size.has_value()) {
        auto wanted = output_size->vec();
        if (wanted.size() == 4) wanted.erase(wanted.begin(), wanted.begin() + 2);
        TORCH_CHECK_VALUE(wanted.size() == 2, "output_size should be a sequence containing 2 or 4 elements, but it has a length of '",
                          output_size->size(), "'");
        for (int64_t d = 0; d < 2; ++d) {
            TORCH_CHECK_VALUE(size[d] - step[d] < wanted[d] && wanted[d] < size[d] + step[d], "invalid output_size \"", *output_size,
                              "\" (dim ", d, " must be between ", size[d] - step[d], " and ", size[d] + step[d], ")");
        }
        size = wanted;
    }
    return at::max_unpool2d(input, indices, size);
}());
#line 2935 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_max_unpool2d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_max_unpool2d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_max_unpool2d");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_max_unpool3d(int64_t input_, int64_t indices_, const int64_t* kernel_size_, int64_t kernel_size_len, const int64_t* stride_, int64_t stride_len, bool stride_present, const int64_t* padding_, int64_t padding_len, const int64_t* output_size_, int64_t output_size_len, bool output_size_present) noexcept {
    sffi::begin_call();
    try {
        const auto [input, indices] = sffi::tensor_args<2>({input_, indices_}, {"input", "indices"});
        const sffi::IntList kernel_size = sffi::sized_int_list_arg(kernel_size_, kernel_size_len, 3, "kernel_size");
        const sffi::OptionalIntList stride = sffi::optional_sized_int_list_arg(stride_, stride_len, stride_present, 3, "stride");
        const sffi::IntList padding = sffi::sized_int_list_arg(padding_, padding_len, 3, "padding");
        const at::OptionalIntArrayRef output_size = sffi::optional_array_arg(output_size_, output_size_len, output_size_present, "output_size");
        const sffi::SharedCall call_lock;
#line 10238 "spec/torch_api.yaml"
        return sffi::new_tensor([&] {
    const c10::IntArrayRef given = stride.value_or_empty();
    const std::vector<int64_t> step = given.empty() ? std::vector<int64_t>(kernel_size.begin(), kernel_size.end()) : given.vec();
    std::vector<int64_t> size;
    for (int64_t d = 0; d < 3; ++d) {
        size.push_back((input.size(input.dim() - 3 + d) - 1) * step[d] + kernel_size[d] - 2 * padding[d]);
    }
    if (output_size.has_value()) {
        auto wanted = output_size->vec();
        if (wanted.size() == 5) wanted.erase(wanted.begin(), wanted.begin() + 2);
        TORCH_CHECK_VALUE(wanted.size() == 3, "output_size should be a sequence containing 3 or 5 elements, but it has a length of '",
                          output_size->size(), "'");
        for (int64_t d = 0; d < 3; ++d) {
            TORCH_CHECK_VALUE(size[d] - step[d] < wanted[d] && wanted[d] < size[d] + step[d], "invalid output_size \"", *output_size,
                              "\" (dim ", d, " must be between ", size[d] - step[d], " and ", size[d] + step[d], ")");
        }
        size = wanted;
    }
    return at::max_unpool3d(input, indices, size, step, padding);
}());
#line 2978 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_max_unpool3d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_max_unpool3d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_max_unpool3d");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_embedding_bag(int64_t input_, int64_t weight_, int64_t offsets_, double max_norm_, bool max_norm_present, double norm_type_, bool scale_grad_by_freq_, const char* mode_, bool sparse_, int64_t per_sample_weights_, bool include_last_offset_, int64_t padding_idx_, bool padding_idx_present) noexcept {
    sffi::begin_call();
    try {
        const auto [input, weight] = sffi::tensor_args<2>({input_, weight_}, {"input", "weight"});
        const std::optional<at::Tensor> offsets = sffi::optional_tensor_arg(offsets_, "offsets");
        const std::optional<double> max_norm = sffi::optional_arg(max_norm_, max_norm_present);
        const double norm_type = norm_type_;
        const bool scale_grad_by_freq = scale_grad_by_freq_;
        const std::string_view mode = sffi::enum_arg(mode_, "mode", {"sum", "mean", "max"}, sffi::Code::value);
        const bool sparse = sparse_;
        const std::optional<at::Tensor> per_sample_weights = sffi::optional_tensor_arg(per_sample_weights_, "per_sample_weights");
        const bool include_last_offset = include_last_offset_;
        const std::optional<int64_t> padding_idx = sffi::optional_arg(padding_idx_, padding_idx_present);
        const sffi::SharedCall call_lock;
#line 10387 "spec/torch_api.yaml"
        return sffi::new_tensor([&] {
    at::Tensor indices = input, table = weight;
    if (table.scalar_type() == at::kLong && indices.is_floating_point()) std::swap(indices, table);  // F's legacy argument order
    std::optional<at::Tensor> bag_offsets = offsets, sample_weights = per_sample_weights;
    bool last_offset = include_last_offset;
    TORCH_CHECK_VALUE(!sample_weights.has_value() || sample_weights->sizes() == indices.sizes(), "embedding_bag: If per_sample_weights (",
                      sample_weights.has_value() ? sample_weights->sizes() : c10::IntArrayRef(), ") is not None, then it must have the same shape as the input (",
                      indices.sizes(), ")");
    TORCH_CHECK_VALUE(table.dim() == 2, "weight has to be a 2D Tensor, but got Tensor of dimension ", table.dim());
    if (indices.dim() == 2) {
        TORCH_CHECK_VALUE(!bag_offsets.has_value(), "if input is 2D, then offsets has to be None, as input is treated is a mini-batch of fixed length sequences.");
        bag_offsets = at::arange(0, indices.numel(), indices.size(1), indices.options());
        last_offset = false;
        indices = indices.reshape(-1);
        if (sample_weights.has_value()) sample_weights = sample_weights->reshape(-1);
    } else if (indices.dim() == 1) {
        TORCH_CHECK_VALUE(bag_offsets.has_value(), "offsets has to be a 1D Tensor but got None");
        TORCH_CHECK_VALUE(bag_offsets->dim() == 1, "offsets has to be a 1D Tensor");
    } else {
        TORCH_CHECK_VALUE(false, "input has to be 1D or 2D Tensor, but got Tensor of dimension ", indices.dim());
    }
    const int64_t mode_code = mode == "sum" ? 0 : mode == "mean" ? 1 : 2;
    TORCH_CHECK_VALUE(!(mode_code == 2 && scale_grad_by_freq), "max mode does not support scaling the gradient by the frequency");
    TORCH_CHECK_VALUE(!(mode_code == 2 && sparse), "max mode does not support sparse weights");
    if (max_norm.has_value()) {  // F renormalises the looked-up rows of weight, in place, outside autograd
        table.detach().copy_(at::embedding_renorm(table.detach(), indices.contiguous(), *max_norm, norm_type));
    }
    TORCH_CHECK_NOT_IMPLEMENTED(!sample_weights.has_value() || mode_code == 0,
                                "embedding_bag: per_sample_weights was not None. per_sample_weights is only supported for mode='sum' (got mode='",
                                mode, "'). Please open a feature request on GitHub.");
    return std::get<0>(at::embedding_bag(table, indices, *bag_offsets, scale_grad_by_freq, mode_code, sparse, sample_weights, last_offset, padding_idx));
}());
#line 3038 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_embedding_bag");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_embedding_bag");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_embedding_bag");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_upsample_nearest(int64_t input_, const int64_t* size_, int64_t size_len, bool size_present, const double* scale_factor_, int64_t scale_factor_len, bool scale_factor_present) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::OptionalIntArrayRef size = sffi::optional_array_arg(size_, size_len, size_present, "size");
        const c10::OptionalArrayRef<double> scale_factor = sffi::optional_array_arg(scale_factor_, scale_factor_len, scale_factor_present, "scale_factor");
        const sffi::SharedCall call_lock;
#line 10433 "spec/torch_api.yaml"
        return sffi::new_tensor([&] {
    const int64_t dim = std::max<int64_t>(input.dim() - 2, 0);
    TORCH_CHECK_VALUE(!(size.has_value() && scale_factor.has_value()), "only one of size or scale_factor should be defined");
    TORCH_CHECK_VALUE(size.has_value() || scale_factor.has_value(), "either size or scale_factor should be defined");
    std::optional<std::vector<int64_t>> output_size;
    std::optional<std::vector<double>> scales;
    if (size.has_value()) {
        TORCH_CHECK_VALUE(size->size() == 1 || static_cast<int64_t>(size->size()) == dim,
                          "Input and output must have the same number of spatial dimensions, but got input with spatial dimensions of ",
                          input.sizes().slice(std::min<int64_t>(2, input.dim())), " and output size of ", *size, ".");
        output_size = size->size() == 1 ? std::vector<int64_t>(dim, (*size)[0]) : size->vec();
    } else {
        TORCH_CHECK_VALUE(scale_factor->size() == 1 || static_cast<int64_t>(scale_factor->size()) == dim,
                          "Input and scale_factor must have the same number of spatial dimensions, but got input with spatial dimensions of ",
                          input.sizes().slice(std::min<int64_t>(2, input.dim())), " and scale_factor of shape ", *scale_factor, ".");
        scales = scale_factor->size() == 1 ? std::vector<double>(dim, (*scale_factor)[0]) : scale_factor->vec();
    }
    const at::OptionalIntArrayRef out = output_size.has_value() ? at::OptionalIntArrayRef(*output_size) : at::OptionalIntArrayRef();
    const std::optional<c10::ArrayRef<double>> sc = scales.has_value() ? std::optional<c10::ArrayRef<double>>(*scales) : std::nullopt;
    if (input.dim() == 3) return at::upsample_nearest1d(input, out, sc);
    if (input.dim() == 4) return at::upsample_nearest2d(input, out, sc);
    TORCH_CHECK_NOT_IMPLEMENTED(input.dim() == 5, "Input Error: Only 3D, 4D and 5D input Tensors supported (got ", input.dim(), "D) for the modes: nearest");
    return at::upsample_nearest3d(input, out, sc);
}());
#line 3083 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_upsample_nearest");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_upsample_nearest");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_upsample_nearest");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_upsample_bilinear(int64_t input_, const int64_t* size_, int64_t size_len, bool size_present, const double* scale_factor_, int64_t scale_factor_len, bool scale_factor_present) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::OptionalIntArrayRef size = sffi::optional_array_arg(size_, size_len, size_present, "size");
        const c10::OptionalArrayRef<double> scale_factor = sffi::optional_array_arg(scale_factor_, scale_factor_len, scale_factor_present, "scale_factor");
        const sffi::SharedCall call_lock;
#line 10470 "spec/torch_api.yaml"
        return sffi::new_tensor([&] {
    const int64_t dim = std::max<int64_t>(input.dim() - 2, 0);
    TORCH_CHECK_VALUE(!(size.has_value() && scale_factor.has_value()), "only one of size or scale_factor should be defined");
    TORCH_CHECK_VALUE(size.has_value() || scale_factor.has_value(), "either size or scale_factor should be defined");
    std::optional<std::vector<int64_t>> output_size;
    std::optional<std::vector<double>> scales;
    if (size.has_value()) {
        TORCH_CHECK_VALUE(size->size() == 1 || static_cast<int64_t>(size->size()) == dim,
                          "Input and output must have the same number of spatial dimensions, but got input with spatial dimensions of ",
                          input.sizes().slice(std::min<int64_t>(2, input.dim())), " and output size of ", *size, ".");
        output_size = size->size() == 1 ? std::vector<int64_t>(dim, (*size)[0]) : size->vec();
    } else {
        TORCH_CHECK_VALUE(scale_factor->size() == 1 || static_cast<int64_t>(scale_factor->size()) == dim,
                          "Input and scale_factor must have the same number of spatial dimensions, but got input with spatial dimensions of ",
                          input.sizes().slice(std::min<int64_t>(2, input.dim())), " and scale_factor of shape ", *scale_factor, ".");
        scales = scale_factor->size() == 1 ? std::vector<double>(dim, (*scale_factor)[0]) : scale_factor->vec();
    }
    const at::OptionalIntArrayRef out = output_size.has_value() ? at::OptionalIntArrayRef(*output_size) : at::OptionalIntArrayRef();
    const std::optional<c10::ArrayRef<double>> sc = scales.has_value() ? std::optional<c10::ArrayRef<double>>(*scales) : std::nullopt;
    TORCH_CHECK_NOT_IMPLEMENTED(input.dim() == 4, "Got ", input.dim(), "D input, but bilinear mode needs 4D input");
    return at::upsample_bilinear2d(input, out, true, sc);
}());
#line 3126 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_upsample_bilinear");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_upsample_bilinear");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_upsample_bilinear");
        return 0;
    }
}

RT_TORCH_API double rt_torch_nn_mse_loss(int64_t input_, int64_t target_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const sffi::SharedCall call_lock;
#line 1082 "spec/torch_api.yaml"
        return sffi::to_f64(sffi::mse_loss(input, target));
#line 3146 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_mse_loss");
        return sffi::kNaN;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_mse_loss");
        return sffi::kNaN;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_mse_loss");
        return sffi::kNaN;
    }
}

RT_TORCH_API double rt_torch_nn_cross_entropy(int64_t input_, int64_t target_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const sffi::SharedCall call_lock;
#line 1094 "spec/torch_api.yaml"
        return sffi::to_f64(at::cross_entropy_loss(input, target));
#line 3166 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_cross_entropy");
        return sffi::kNaN;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_cross_entropy");
        return sffi::kNaN;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_cross_entropy");
        return sffi::kNaN;
    }
}

RT_TORCH_API double rt_torch_nn_binary_cross_entropy(int64_t input_, int64_t target_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const sffi::SharedCall call_lock;
#line 1106 "spec/torch_api.yaml"
        return sffi::to_f64(sffi::binary_cross_entropy(input, target));
#line 3186 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_binary_cross_entropy");
        return sffi::kNaN;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_binary_cross_entropy");
        return sffi::kNaN;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_binary_cross_entropy");
        return sffi::kNaN;
    }
}

RT_TORCH_API double rt_torch_nn_nll_loss(int64_t input_, int64_t target_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const sffi::SharedCall call_lock;
#line 1118 "spec/torch_api.yaml"
        return sffi::to_f64(at::nll_loss_nd(input, target));
#line 3206 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_nll_loss");
        return sffi::kNaN;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_nll_loss");
        return sffi::kNaN;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_nll_loss");
        return sffi::kNaN;
    }
}

RT_TORCH_API int64_t rt_torch_nn_mse_loss_v2(int64_t input_, int64_t target_, const char* reduction_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const std::string_view reduction = sffi::enum_arg(reduction_, "reduction", {"none", "mean", "sum"}, sffi::Code::value);
        const sffi::SharedCall call_lock;
#line 2899 "spec/torch_api.yaml"
        return sffi::new_tensor(sffi::mse_loss(input, target, reduction));
#line 3227 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_mse_loss_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_mse_loss_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_mse_loss_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_cross_entropy_v2(int64_t input_, int64_t target_, int64_t weight_, int64_t ignore_index_, const char* reduction_, double label_smoothing_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const std::optional<at::Tensor> weight = sffi::optional_tensor_arg(weight_, "weight");
        const int64_t ignore_index = ignore_index_;
        const std::string_view reduction = sffi::enum_arg(reduction_, "reduction", {"none", "mean", "sum"}, sffi::Code::value);
        const double label_smoothing = label_smoothing_;
        const sffi::SharedCall call_lock;
#line 2917 "spec/torch_api.yaml"
        return sffi::new_tensor(at::cross_entropy_loss(input, target, weight, sffi::reduction_arg(reduction), ignore_index, label_smoothing));
#line 3251 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_cross_entropy_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_cross_entropy_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_cross_entropy_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_binary_cross_entropy_v2(int64_t input_, int64_t target_, int64_t weight_, const char* reduction_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const std::optional<at::Tensor> weight = sffi::optional_tensor_arg(weight_, "weight");
        const std::string_view reduction = sffi::enum_arg(reduction_, "reduction", {"none", "mean", "sum"}, sffi::Code::value);
        const sffi::SharedCall call_lock;
#line 2933 "spec/torch_api.yaml"
        return sffi::new_tensor(sffi::binary_cross_entropy(input, target, weight, reduction));
#line 3273 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_binary_cross_entropy_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_binary_cross_entropy_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_binary_cross_entropy_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_nll_loss_v2(int64_t input_, int64_t target_, int64_t weight_, int64_t ignore_index_, const char* reduction_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const std::optional<at::Tensor> weight = sffi::optional_tensor_arg(weight_, "weight");
        const int64_t ignore_index = ignore_index_;
        const std::string_view reduction = sffi::enum_arg(reduction_, "reduction", {"none", "mean", "sum"}, sffi::Code::value);
        const sffi::SharedCall call_lock;
#line 2950 "spec/torch_api.yaml"
        return sffi::new_tensor(at::nll_loss_nd(input, target, weight, sffi::reduction_arg(reduction), ignore_index));
#line 3296 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_nll_loss_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_nll_loss_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_nll_loss_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_l1_loss(int64_t input_, int64_t target_, const char* reduction_, int64_t weight_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const std::string_view reduction = sffi::enum_arg(reduction_, "reduction", {"none", "mean", "sum"}, sffi::Code::value);
        const std::optional<at::Tensor> weight = sffi::optional_tensor_arg(weight_, "weight");
        const sffi::SharedCall call_lock;
#line 9094 "spec/torch_api.yaml"
        return sffi::new_tensor([&] {
    auto both = at::broadcast_tensors({input, target});
    if (!weight.has_value()) return at::l1_loss(both[0], both[1], sffi::reduction_arg(reduction));
    TORCH_CHECK_VALUE(weight->sizes() == input.sizes(), "Weights and input must have the same size.");
    auto losses = at::mul(at::abs(at::sub(both[0], both[1])), *weight);
    if (reduction == "none") return losses;
    if (reduction == "sum") return at::sum(losses);
    return at::div(at::sum(losses), at::sum(*weight));
}());
#line 3326 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_l1_loss");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_l1_loss");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_l1_loss");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_smooth_l1_loss(int64_t input_, int64_t target_, const char* reduction_, double beta_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const std::string_view reduction = sffi::enum_arg(reduction_, "reduction", {"none", "mean", "sum"}, sffi::Code::value);
        const double beta = beta_;
        const sffi::SharedCall call_lock;
#line 9119 "spec/torch_api.yaml"
        return sffi::new_tensor([&] {
    auto both = at::broadcast_tensors({input, target});
    if (beta == 0.0) return at::l1_loss(both[0], both[1], sffi::reduction_arg(reduction));
    return at::smooth_l1_loss(both[0], both[1], sffi::reduction_arg(reduction), beta);
}());
#line 3352 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_smooth_l1_loss");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_smooth_l1_loss");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_smooth_l1_loss");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_huber_loss(int64_t input_, int64_t target_, const char* reduction_, double delta_, int64_t weight_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const std::string_view reduction = sffi::enum_arg(reduction_, "reduction", {"none", "mean", "sum"}, sffi::Code::value);
        const double delta = delta_;
        const std::optional<at::Tensor> weight = sffi::optional_tensor_arg(weight_, "weight");
        const sffi::SharedCall call_lock;
#line 9140 "spec/torch_api.yaml"
        return sffi::new_tensor([&] {
    auto both = at::broadcast_tensors({input, target});
    if (!weight.has_value()) return at::huber_loss(both[0], both[1], sffi::reduction_arg(reduction), delta);
    TORCH_CHECK_VALUE(weight->sizes() == input.sizes(), "Weights and input must have the same size.");
    auto losses = at::mul(at::huber_loss(both[0], both[1], at::Reduction::None, delta), *weight);
    if (reduction == "none") return losses;
    if (reduction == "sum") return at::sum(losses);
    return at::mean(losses);
}());
#line 3383 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_huber_loss");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_huber_loss");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_huber_loss");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_soft_margin_loss(int64_t input_, int64_t target_, const char* reduction_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const std::string_view reduction = sffi::enum_arg(reduction_, "reduction", {"none", "mean", "sum"}, sffi::Code::value);
        const sffi::SharedCall call_lock;
#line 9164 "spec/torch_api.yaml"
        return sffi::new_tensor(at::soft_margin_loss(input, target, sffi::reduction_arg(reduction)));
#line 3404 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_soft_margin_loss");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_soft_margin_loss");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_soft_margin_loss");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_margin_ranking_loss(int64_t input1_, int64_t input2_, int64_t target_, double margin_, const char* reduction_) noexcept {
    sffi::begin_call();
    try {
        const auto [input1, input2, target] = sffi::tensor_args<3>({input1_, input2_, target_}, {"input1", "input2", "target"});
        const double margin = margin_;
        const std::string_view reduction = sffi::enum_arg(reduction_, "reduction", {"none", "mean", "sum"}, sffi::Code::value);
        const sffi::SharedCall call_lock;
#line 9181 "spec/torch_api.yaml"
        return sffi::new_tensor([&] {
    TORCH_CHECK(input1.dim() == input2.dim() && input1.dim() == target.dim(),
                "margin_ranking_loss : All input tensors should have same dimension but got sizes: input1: ",
                input1.sizes(), ", input2: ", input2.sizes(), ", target: ", target.sizes());
    return at::margin_ranking_loss(input1, input2, target, margin, sffi::reduction_arg(reduction));
}());
#line 3431 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_margin_ranking_loss");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_margin_ranking_loss");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_margin_ranking_loss");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_multi_margin_loss(int64_t input_, int64_t target_, int64_t p_, double margin_, int64_t weight_, const char* reduction_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const int64_t p = p_;
        const double margin = margin_;
        const std::optional<at::Tensor> weight = sffi::optional_tensor_arg(weight_, "weight");
        const std::string_view reduction = sffi::enum_arg(reduction_, "reduction", {"none", "mean", "sum"}, sffi::Code::value);
        const sffi::SharedCall call_lock;
#line 9205 "spec/torch_api.yaml"
        return sffi::new_tensor([&] {
    TORCH_CHECK_VALUE(p == 1 || p == 2, "only p == 1 and p == 2 supported");
    TORCH_CHECK_VALUE(!weight.has_value() || weight->dim() == 1, "weight must be one-dimensional");
    return at::multi_margin_loss(input, target, p, margin, weight, sffi::reduction_arg(reduction));
}());
#line 3459 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_multi_margin_loss");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_multi_margin_loss");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_multi_margin_loss");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_multilabel_margin_loss(int64_t input_, int64_t target_, const char* reduction_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const std::string_view reduction = sffi::enum_arg(reduction_, "reduction", {"none", "mean", "sum"}, sffi::Code::value);
        const sffi::SharedCall call_lock;
#line 9225 "spec/torch_api.yaml"
        return sffi::new_tensor(at::multilabel_margin_loss(input, target, sffi::reduction_arg(reduction)));
#line 3480 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_multilabel_margin_loss");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_multilabel_margin_loss");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_multilabel_margin_loss");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_multilabel_soft_margin_loss(int64_t input_, int64_t target_, int64_t weight_, const char* reduction_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const std::optional<at::Tensor> weight = sffi::optional_tensor_arg(weight_, "weight");
        const std::string_view reduction = sffi::enum_arg(reduction_, "reduction", {"none", "mean", "sum"}, sffi::Code::value);
        const sffi::SharedCall call_lock;
#line 9241 "spec/torch_api.yaml"
        return sffi::new_tensor([&] {
    auto losses = at::neg(at::add(at::mul(target, at::log_sigmoid(input)), at::mul(at::rsub(target, 1), at::log_sigmoid(at::neg(input)))));
    if (weight.has_value()) losses = at::mul(losses, *weight);
    const int64_t class_dim = input.dim() - 1;
    losses = at::div(at::sum(losses, c10::IntArrayRef{class_dim}), input.size(class_dim));
    if (reduction == "none") return losses;
    if (reduction == "mean") return at::mean(losses);
    return at::sum(losses);
}());
#line 3510 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_multilabel_soft_margin_loss");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_multilabel_soft_margin_loss");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_multilabel_soft_margin_loss");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_hinge_embedding_loss(int64_t input_, int64_t target_, double margin_, const char* reduction_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const double margin = margin_;
        const std::string_view reduction = sffi::enum_arg(reduction_, "reduction", {"none", "mean", "sum"}, sffi::Code::value);
        const sffi::SharedCall call_lock;
#line 9265 "spec/torch_api.yaml"
        return sffi::new_tensor(at::hinge_embedding_loss(input, target, margin, sffi::reduction_arg(reduction)));
#line 3532 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_hinge_embedding_loss");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_hinge_embedding_loss");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_hinge_embedding_loss");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_cosine_embedding_loss(int64_t input1_, int64_t input2_, int64_t target_, double margin_, const char* reduction_) noexcept {
    sffi::begin_call();
    try {
        const auto [input1, input2, target] = sffi::tensor_args<3>({input1_, input2_, target_}, {"input1", "input2", "target"});
        const double margin = margin_;
        const std::string_view reduction = sffi::enum_arg(reduction_, "reduction", {"none", "mean", "sum"}, sffi::Code::value);
        const sffi::SharedCall call_lock;
#line 9282 "spec/torch_api.yaml"
        return sffi::new_tensor(at::cosine_embedding_loss(input1, input2, target, margin, sffi::reduction_arg(reduction)));
#line 3554 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_cosine_embedding_loss");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_cosine_embedding_loss");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_cosine_embedding_loss");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_kl_div(int64_t input_, int64_t target_, const char* reduction_, bool log_target_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const std::string_view reduction = sffi::enum_arg(reduction_, "reduction", {"none", "batchmean", "sum", "mean"}, sffi::Code::value);
        const bool log_target = log_target_;
        const sffi::SharedCall call_lock;
#line 9298 "spec/torch_api.yaml"
        return sffi::new_tensor([&] {
    auto reduced = at::kl_div(input, target, sffi::reduction_arg(reduction == "batchmean" ? "sum" : reduction), log_target);
    if (reduction == "batchmean" && input.dim() != 0) return at::div(reduced, input.size(0));
    return reduced;
}());
#line 3580 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_kl_div");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_kl_div");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_kl_div");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_poisson_nll_loss(int64_t input_, int64_t target_, bool log_input_, bool full_, double eps_, const char* reduction_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const bool log_input = log_input_;
        const bool full = full_;
        const double eps = eps_;
        const std::string_view reduction = sffi::enum_arg(reduction_, "reduction", {"none", "mean", "sum"}, sffi::Code::value);
        const sffi::SharedCall call_lock;
#line 9321 "spec/torch_api.yaml"
        return sffi::new_tensor(at::poisson_nll_loss(input, target, log_input, full, eps, sffi::reduction_arg(reduction)));
#line 3604 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_poisson_nll_loss");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_poisson_nll_loss");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_poisson_nll_loss");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_binary_cross_entropy_with_logits(int64_t input_, int64_t target_, int64_t weight_, const char* reduction_, int64_t pos_weight_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const std::optional<at::Tensor> weight = sffi::optional_tensor_arg(weight_, "weight");
        const std::string_view reduction = sffi::enum_arg(reduction_, "reduction", {"none", "mean", "sum"}, sffi::Code::value);
        const std::optional<at::Tensor> pos_weight = sffi::optional_tensor_arg(pos_weight_, "pos_weight");
        const sffi::SharedCall call_lock;
#line 9338 "spec/torch_api.yaml"
        return sffi::new_tensor([&] {
    TORCH_CHECK_VALUE(target.sizes() == input.sizes(), "Target size (torch.Size(", target.sizes(),
                      ")) must be the same as input size (torch.Size(", input.sizes(), "))");
    return at::binary_cross_entropy_with_logits(input, target, weight, pos_weight, sffi::reduction_arg(reduction));
}());
#line 3631 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_binary_cross_entropy_with_logits");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_binary_cross_entropy_with_logits");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_binary_cross_entropy_with_logits");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_triplet_margin_loss(int64_t anchor_, int64_t positive_, int64_t negative_, double margin_, double p_, double eps_, bool swap_, const char* reduction_) noexcept {
    sffi::begin_call();
    try {
        const auto [anchor, positive, negative] = sffi::tensor_args<3>({anchor_, positive_, negative_}, {"anchor", "positive", "negative"});
        const double margin = margin_;
        const double p = p_;
        const double eps = eps_;
        const bool swap = swap_;
        const std::string_view reduction = sffi::enum_arg(reduction_, "reduction", {"none", "mean", "sum"}, sffi::Code::value);
        const sffi::SharedCall call_lock;
#line 9363 "spec/torch_api.yaml"
        return sffi::new_tensor([&] {
    TORCH_CHECK_VALUE(margin > 0, "margin must be greater than 0, got ", margin);
    return at::triplet_margin_loss(anchor, positive, negative, margin, p, eps, swap, sffi::reduction_arg(reduction));
}());
#line 3659 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_triplet_margin_loss");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_triplet_margin_loss");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_triplet_margin_loss");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_gaussian_nll_loss(int64_t input_, int64_t target_, int64_t variance_, bool full_, double eps_, const char* reduction_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target, variance] = sffi::tensor_args<3>({input_, target_, variance_}, {"input", "target", "variance"});
        const bool full = full_;
        const double eps = eps_;
        const std::string_view reduction = sffi::enum_arg(reduction_, "reduction", {"none", "mean", "sum"}, sffi::Code::value);
        const sffi::SharedCall call_lock;
#line 10275 "spec/torch_api.yaml"
        return sffi::new_tensor([&] {
    TORCH_CHECK_VALUE(!at::any(at::lt(variance, 0)).item<bool>(), "var has negative entry/entries");
    at::Tensor var = variance;
    if (variance.sizes() != input.sizes()) {
        int64_t differing = 0;
        if (input.dim() == variance.dim()) {
            for (int64_t d = 0; d < input.dim(); ++d) if (input.size(d) != variance.size(d)) differing += variance.size(d);
        }
        if (input.dim() > 0 && input.sizes().slice(0, input.dim() - 1) == variance.sizes()) {
            var = at::unsqueeze(variance, -1);
        } else {
            TORCH_CHECK_VALUE(input.dim() == variance.dim() && differing == 1, "var is of incorrect size");
        }
    }
    var = var.clone();
    var.detach().clamp_min_(eps);  // F clamps under no_grad: not differentiated
    auto losses = at::mul(at::add(at::log(var), at::div(at::pow(at::sub(input, target), 2), var)), 0.5);
    if (full) losses = at::add(losses, 0.5 * std::log(2 * M_PI));
    if (reduction == "mean") return at::mean(losses);
    if (reduction == "sum") return at::sum(losses);
    return losses;
}());
#line 3703 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_gaussian_nll_loss");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_gaussian_nll_loss");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_gaussian_nll_loss");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_gaussian_nll_loss_float(int64_t input_, int64_t target_, double variance_, int64_t variance_int, int32_t variance_kind, bool full_, double eps_, const char* reduction_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const c10::Scalar variance = sffi::scalar_arg(variance_, variance_int, variance_kind, "variance");
        const bool full = full_;
        const double eps = eps_;
        const std::string_view reduction = sffi::enum_arg(reduction_, "reduction", {"none", "mean", "sum"}, sffi::Code::value);
        const sffi::SharedCall call_lock;
#line 10316 "spec/torch_api.yaml"
        return sffi::new_tensor([&] {
    // F takes a Python float here; any other number reaches torch.any, a TypeError.
    TORCH_CHECK_TYPE(variance.isFloatingPoint(), "any() received an invalid combination of arguments - got (bool)");
    TORCH_CHECK_VALUE(variance.toDouble() >= 0, "var has negative entry/entries");
    auto var = at::clamp_min(at::mul(at::ones_like(input), variance), eps);
    auto losses = at::mul(at::add(at::log(var), at::div(at::pow(at::sub(input, target), 2), var)), 0.5);
    if (full) losses = at::add(losses, 0.5 * std::log(2 * M_PI));
    if (reduction == "mean") return at::mean(losses);
    if (reduction == "sum") return at::sum(losses);
    return losses;
}());
#line 3737 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_gaussian_nll_loss_float");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_gaussian_nll_loss_float");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_gaussian_nll_loss_float");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_ctc_loss_tensor(int64_t log_probs_, int64_t targets_, int64_t input_lengths_, int64_t target_lengths_, int64_t blank_, const char* reduction_, bool zero_infinity_) noexcept {
    sffi::begin_call();
    try {
        const auto [log_probs, targets, input_lengths, target_lengths] = sffi::tensor_args<4>({log_probs_, targets_, input_lengths_, target_lengths_}, {"log_probs", "targets", "input_lengths", "target_lengths"});
        const int64_t blank = blank_;
        const std::string_view reduction = sffi::enum_arg(reduction_, "reduction", {"none", "mean", "sum"}, sffi::Code::value);
        const bool zero_infinity = zero_infinity_;
        const sffi::SharedCall call_lock;
#line 10347 "spec/torch_api.yaml"
        return sffi::new_tensor(at::ctc_loss(log_probs, targets, input_lengths, target_lengths, blank, sffi::reduction_arg(reduction), zero_infinity));
#line 3760 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_ctc_loss_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_ctc_loss_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_ctc_loss_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_ctc_loss_intlist(int64_t log_probs_, int64_t targets_, const int64_t* input_lengths_, int64_t input_lengths_len, const int64_t* target_lengths_, int64_t target_lengths_len, int64_t blank_, const char* reduction_, bool zero_infinity_) noexcept {
    sffi::begin_call();
    try {
        const auto [log_probs, targets] = sffi::tensor_args<2>({log_probs_, targets_}, {"log_probs", "targets"});
        const at::IntArrayRef input_lengths = sffi::array_arg(input_lengths_, input_lengths_len, "input_lengths");
        const at::IntArrayRef target_lengths = sffi::array_arg(target_lengths_, target_lengths_len, "target_lengths");
        const int64_t blank = blank_;
        const std::string_view reduction = sffi::enum_arg(reduction_, "reduction", {"none", "mean", "sum"}, sffi::Code::value);
        const bool zero_infinity = zero_infinity_;
        const sffi::SharedCall call_lock;
#line 10365 "spec/torch_api.yaml"
        return sffi::new_tensor(at::ctc_loss(log_probs, targets, input_lengths, target_lengths, blank, sffi::reduction_arg(reduction), zero_infinity));
#line 3785 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_ctc_loss_intlist");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_ctc_loss_intlist");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_ctc_loss_intlist");
        return 0;
    }
}

RT_TORCH_API void rt_torch_autograd_set_requires_grad(int64_t handle_, bool requires_grad_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const bool requires_grad = requires_grad_;
        const sffi::ExclusiveCall call_lock;
#line 1131 "spec/torch_api.yaml"
        handle.requires_grad_(requires_grad);
#line 3806 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_set_requires_grad");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_set_requires_grad");
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_set_requires_grad");
    }
}

RT_TORCH_API bool rt_torch_autograd_requires_grad(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 1142 "spec/torch_api.yaml"
        return sffi::to_bool(handle.requires_grad());
#line 3823 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_requires_grad");
        return false;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_requires_grad");
        return false;
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_requires_grad");
        return false;
    }
}

RT_TORCH_API int64_t rt_torch_autograd_grad(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::ExclusiveCall call_lock;
#line 1153 "spec/torch_api.yaml"
        return sffi::new_optional_tensor(handle.grad());
#line 3843 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_grad");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_grad");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_grad");
        return 0;
    }
}

RT_TORCH_API void rt_torch_autograd_backward(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 1165 "spec/torch_api.yaml"
        handle.backward();
#line 3863 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_backward");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_backward");
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_backward");
    }
}

RT_TORCH_API void rt_torch_autograd_zero_grad(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::ExclusiveCall call_lock;
#line 1176 "spec/torch_api.yaml"
        sffi::zero_grad(handle);
#line 3880 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_zero_grad");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_zero_grad");
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_zero_grad");
    }
}

RT_TORCH_API int64_t rt_torch_autograd_detach(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 1187 "spec/torch_api.yaml"
        return sffi::new_tensor(handle.detach());
#line 3897 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_detach");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_detach");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_detach");
        return 0;
    }
}

RT_TORCH_API void rt_torch_autograd_no_grad_begin(void) noexcept {
    sffi::begin_call();
    try {
        const sffi::SharedCall call_lock;
#line 1200 "spec/torch_api.yaml"
        sffi::no_grad_guard_begin();
#line 3916 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_no_grad_begin");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_no_grad_begin");
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_no_grad_begin");
    }
}

RT_TORCH_API void rt_torch_autograd_no_grad_end(void) noexcept {
    sffi::begin_call();
    try {
        const sffi::SharedCall call_lock;
#line 1213 "spec/torch_api.yaml"
        sffi::no_grad_guard_end();
#line 3932 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_no_grad_end");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_no_grad_end");
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_no_grad_end");
    }
}

RT_TORCH_API void rt_torch_autograd_set_grad(int64_t handle_, int64_t grad_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const std::optional<at::Tensor> grad = sffi::optional_tensor_arg(grad_, "grad");
        const sffi::ExclusiveCall call_lock;
#line 1783 "spec/torch_api.yaml"
        sffi::set_grad(handle, grad);
#line 3950 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_set_grad");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_set_grad");
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_set_grad");
    }
}

RT_TORCH_API void rt_torch_autograd_no_grad_begin_v2(void) noexcept {
    sffi::begin_call();
    try {
        const sffi::SharedCall call_lock;
#line 1959 "spec/torch_api.yaml"
        sffi::no_grad_begin();
#line 3966 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_no_grad_begin_v2");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_no_grad_begin_v2");
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_no_grad_begin_v2");
    }
}

RT_TORCH_API void rt_torch_autograd_no_grad_end_v2(void) noexcept {
    sffi::begin_call();
    try {
        const sffi::SharedCall call_lock;
#line 1973 "spec/torch_api.yaml"
        sffi::no_grad_end();
#line 3982 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_no_grad_end_v2");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_no_grad_end_v2");
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_no_grad_end_v2");
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_cuda(int64_t handle_, int32_t device_id_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int32_t device_id = device_id_;
        const sffi::SharedCall call_lock;
#line 1226 "spec/torch_api.yaml"
        return sffi::new_tensor(sffi::to_cuda(handle, device_id));
#line 4000 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_cuda");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_cuda");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_cuda");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_cpu(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 1237 "spec/torch_api.yaml"
        return sffi::new_tensor(handle.cpu());
#line 4020 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_cpu");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_cpu");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_cpu");
        return 0;
    }
}

RT_TORCH_API bool rt_torch_torchtensor_is_cuda(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 1248 "spec/torch_api.yaml"
        return sffi::to_bool(handle.is_cuda());
#line 4040 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_is_cuda");
        return false;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_is_cuda");
        return false;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_is_cuda");
        return false;
    }
}

RT_TORCH_API int32_t rt_torch_torchtensor_device(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 1260 "spec/torch_api.yaml"
        return sffi::to_i32(handle.get_device());
#line 4060 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_device");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_device");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_device");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_to_stream(int64_t handle_, int32_t device_id_, int64_t stream_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int32_t device_id = device_id_;
        const sffi::SharedCall call_lock;
#line 1275 "spec/torch_api.yaml"
        return sffi::new_tensor(sffi::to_cuda_ignoring_stream(handle, device_id, stream_));
#line 4081 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_to_stream");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_to_stream");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_to_stream");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_clone(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 1287 "spec/torch_api.yaml"
        return sffi::new_tensor(at::clone(handle));
#line 4101 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_clone");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_clone");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_clone");
        return 0;
    }
}

RT_TORCH_API int32_t rt_torch_cuda_device_count(void) noexcept {
    sffi::begin_call();
    try {
        const sffi::SharedCall call_lock;
#line 1601 "spec/torch_api.yaml"
        return sffi::to_i32(sffi::cuda_device_count());
#line 4120 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_cuda_device_count");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_cuda_device_count");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_cuda_device_count");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_to_stream_v2(int64_t handle_, int32_t device_id_, int64_t stream_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int32_t device_id = device_id_;
        const c10::Stream stream = sffi::stream_arg(stream_, "stream");
        const sffi::SharedCall call_lock;
#line 1989 "spec/torch_api.yaml"
        return sffi::new_tensor(sffi::to_stream(handle, device_id, stream));
#line 4142 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_to_stream_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_to_stream_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_to_stream_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_clone_v2(int64_t input_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 3048 "spec/torch_api.yaml"
        return sffi::new_tensor(at::clone(input, sffi::memory_format_arg(memory_format)));
#line 4163 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_clone_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_clone_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_clone_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_stream_create(int32_t device_id_) noexcept {
    sffi::begin_call();
    try {
        const int32_t device_id = device_id_;
        const sffi::SharedCall call_lock;
#line 1300 "spec/torch_api.yaml"
        return sffi::new_stream(sffi::stream_from_pool(device_id));
#line 4183 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_stream_create");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_stream_create");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_stream_create");
        return 0;
    }
}

RT_TORCH_API void rt_torch_torchstream_sync(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const sffi::SharedCall call_lock;
#line 1313 "spec/torch_api.yaml"
        sffi::sync_stream_if_known(handle_);
#line 4202 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchstream_sync");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchstream_sync");
    } catch (...) {
        sffi::record_exception("rt_torch_torchstream_sync");
    }
}

RT_TORCH_API bool rt_torch_torchstream_query(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const sffi::SharedCall call_lock;
#line 1326 "spec/torch_api.yaml"
        return sffi::to_bool(sffi::query_stream_if_known(handle_));
#line 4218 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchstream_query");
        return false;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchstream_query");
        return false;
    } catch (...) {
        sffi::record_exception("rt_torch_torchstream_query");
        return false;
    }
}

RT_TORCH_API void rt_torch_torchstream_free(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
#line 1337 "spec/torch_api.yaml"
        sffi::free_stream(handle_);
#line 4236 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchstream_free");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchstream_free");
    } catch (...) {
        sffi::record_exception("rt_torch_torchstream_free");
    }
}

RT_TORCH_API void rt_torch_torchstream_sync_v2(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const c10::Stream handle = sffi::stream_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 2002 "spec/torch_api.yaml"
        handle.synchronize();
#line 4253 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchstream_sync_v2");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchstream_sync_v2");
    } catch (...) {
        sffi::record_exception("rt_torch_torchstream_sync_v2");
    }
}

RT_TORCH_API bool rt_torch_torchstream_query_v2(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const c10::Stream handle = sffi::stream_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 2015 "spec/torch_api.yaml"
        return sffi::to_bool(handle.query());
#line 4270 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchstream_query_v2");
        return false;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchstream_query_v2");
        return false;
    } catch (...) {
        sffi::record_exception("rt_torch_torchstream_query_v2");
        return false;
    }
}

RT_TORCH_API void rt_torch_torchtensor_free(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
#line 1351 "spec/torch_api.yaml"
        sffi::free_tensor(handle_);
#line 4288 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_free");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_free");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_free");
    }
}

RT_TORCH_API int64_t rt_torch_cuda_memory_allocated(int32_t device_id_) noexcept {
    sffi::begin_call();
    try {
        const int32_t device_id = device_id_;
        const sffi::SharedCall call_lock;
#line 1363 "spec/torch_api.yaml"
        return sffi::to_i64(sffi::cuda_memory_allocated(device_id));
#line 4305 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_cuda_memory_allocated");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_cuda_memory_allocated");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_cuda_memory_allocated");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_cuda_max_memory_allocated(int32_t device_id_) noexcept {
    sffi::begin_call();
    try {
        const int32_t device_id = device_id_;
        const sffi::SharedCall call_lock;
#line 1373 "spec/torch_api.yaml"
        return sffi::to_i64(sffi::cuda_max_memory_allocated(device_id));
#line 4325 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_cuda_max_memory_allocated");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_cuda_max_memory_allocated");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_cuda_max_memory_allocated");
        return -1;
    }
}

RT_TORCH_API void rt_torch_cuda_empty_cache(void) noexcept {
    sffi::begin_call();
    try {
        const sffi::SharedCall call_lock;
#line 1382 "spec/torch_api.yaml"
        sffi::cuda_empty_cache();
#line 4344 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_cuda_empty_cache");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_cuda_empty_cache");
    } catch (...) {
        sffi::record_exception("rt_torch_cuda_empty_cache");
    }
}

RT_TORCH_API bool rt_torch_torchtensor_release(int64_t handle_) noexcept {
    try {
#line 1445 "spec/torch_api.yaml"
        return sffi::to_bool(sffi::release_tensor(handle_));
#line 4358 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_release");
        return false;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_release");
        return false;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_release");
        return false;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_stride(int64_t input_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 1496 "spec/torch_api.yaml"
        return sffi::write_array(out, out_capacity, input.strides());
#line 4378 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_stride");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_stride");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_stride");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_stride_int(int64_t input_, int64_t dim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 1510 "spec/torch_api.yaml"
        return sffi::to_i64(input.stride(dim));
#line 4399 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_stride_int");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_stride_int");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_stride_int");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_storage_offset(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 1524 "spec/torch_api.yaml"
        return sffi::to_i64(input.storage_offset());
#line 4419 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_storage_offset");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_storage_offset");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_storage_offset");
        return -1;
    }
}

RT_TORCH_API bool rt_torch_torchtensor_is_contiguous(int64_t input_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::string_view memory_format = sffi::enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 1539 "spec/torch_api.yaml"
        return sffi::to_bool(input.is_contiguous(sffi::memory_format_arg(memory_format)));
#line 4440 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_is_contiguous");
        return false;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_is_contiguous");
        return false;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_is_contiguous");
        return false;
    }
}

RT_TORCH_API bool rt_torch_torchtensor_is_complex(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 1552 "spec/torch_api.yaml"
        return sffi::to_bool(input.is_complex());
#line 4460 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_is_complex");
        return false;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_is_complex");
        return false;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_is_complex");
        return false;
    }
}

RT_TORCH_API bool rt_torch_torchtensor_is_floating_point(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 1565 "spec/torch_api.yaml"
        return sffi::to_bool(input.is_floating_point());
#line 4480 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_is_floating_point");
        return false;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_is_floating_point");
        return false;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_is_floating_point");
        return false;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_element_size(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 1578 "spec/torch_api.yaml"
        return sffi::to_i64(static_cast<int64_t>(input.element_size()));
#line 4500 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_element_size");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_element_size");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_element_size");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_type_as(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 1590 "spec/torch_api.yaml"
        return sffi::new_tensor(input.type_as(other));
#line 4520 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_type_as");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_type_as");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_type_as");
        return 0;
    }
}

RT_TORCH_API double rt_torch_torchtensor_item(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 1625 "spec/torch_api.yaml"
        return sffi::to_f64(handle.item());
#line 4540 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_item");
        return sffi::kNaN;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_item");
        return sffi::kNaN;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_item");
        return sffi::kNaN;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_data_f64(int64_t handle_, double* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 1637 "spec/torch_api.yaml"
        return sffi::write_array(out, out_capacity, sffi::readable(handle));
#line 4560 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_data_f64");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_data_f64");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_data_f64");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_data_i64(int64_t handle_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 1649 "spec/torch_api.yaml"
        return sffi::write_array(out, out_capacity, sffi::readable(handle));
#line 4580 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_data_i64");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_data_i64");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_data_i64");
        return -1;
    }
}

RT_TORCH_API int32_t rt_torch_torchtensor_dtype(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 1662 "spec/torch_api.yaml"
        return sffi::dtype_result(handle.scalar_type());
#line 4600 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_dtype");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_dtype");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_dtype");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_to_dtype(int64_t handle_, int32_t dtype_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const at::ScalarType dtype = sffi::dtype_arg(dtype_, "dtype");
        const sffi::SharedCall call_lock;
#line 1675 "spec/torch_api.yaml"
        return sffi::new_tensor(handle.to(dtype));
#line 4621 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_to_dtype");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_to_dtype");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_to_dtype");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_real(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 1687 "spec/torch_api.yaml"
        return sffi::new_tensor(at::real(handle));
#line 4641 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_real");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_real");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_real");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_imag(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 1698 "spec/torch_api.yaml"
        return sffi::new_tensor(at::imag(handle));
#line 4661 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_imag");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_imag");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_imag");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_complex(int64_t real_, int64_t imag_) noexcept {
    sffi::begin_call();
    try {
        const auto [real, imag] = sffi::tensor_args<2>({real_, imag_}, {"real", "imag"});
        const sffi::SharedCall call_lock;
#line 2964 "spec/torch_api.yaml"
        return sffi::new_tensor(at::complex(real, imag));
#line 4681 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_complex");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_complex");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_complex");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_to_dtype_v2(int64_t input_, int32_t dtype_, bool non_blocking_, bool copy_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::ScalarType dtype = sffi::dtype_arg(dtype_, "dtype");
        const bool non_blocking = non_blocking_;
        const bool copy = copy_;
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 2981 "spec/torch_api.yaml"
        return sffi::new_tensor(input.to(dtype, non_blocking, copy, sffi::memory_format_arg(memory_format)));
#line 4705 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_to_dtype_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_to_dtype_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_to_dtype_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_to_device(int64_t input_, int32_t device_type, int32_t device_index, int32_t dtype_, bool non_blocking_, bool copy_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::Device device = sffi::device_arg(device_type, device_index, "device");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const bool non_blocking = non_blocking_;
        const bool copy = copy_;
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 2999 "spec/torch_api.yaml"
        return sffi::new_tensor(input.to(device, dtype.value_or(input.scalar_type()), non_blocking, copy, sffi::memory_format_arg(memory_format)));
#line 4730 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_to_device");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_to_device");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_to_device");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_to_other(int64_t input_, int64_t other_, bool non_blocking_, bool copy_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const bool non_blocking = non_blocking_;
        const bool copy = copy_;
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 3016 "spec/torch_api.yaml"
        return sffi::new_tensor(input.to(other, non_blocking, copy, sffi::memory_format_arg(memory_format)));
#line 4753 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_to_other");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_to_other");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_to_other");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_to_dtype_layout(int64_t input_, int32_t dtype_, int32_t device_type, int32_t device_index, bool non_blocking_, bool copy_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const bool non_blocking = non_blocking_;
        const bool copy = copy_;
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 3034 "spec/torch_api.yaml"
        return sffi::new_tensor(input.to(at::TensorOptions().dtype(dtype).device(device), non_blocking, copy, sffi::memory_format_arg(memory_format)));
#line 4778 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_to_dtype_layout");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_to_dtype_layout");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_to_dtype_layout");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_polar(int64_t abs_, int64_t angle_) noexcept {
    sffi::begin_call();
    try {
        const auto [abs, angle] = sffi::tensor_args<2>({abs_, angle_}, {"abs", "angle"});
        const sffi::SharedCall call_lock;
#line 5368 "spec/torch_api.yaml"
        return sffi::new_tensor(at::polar(abs, angle));
#line 4798 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_polar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_polar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_polar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_view_as_real(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 5380 "spec/torch_api.yaml"
        return sffi::new_tensor(at::view_as_real(input));
#line 4818 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_view_as_real");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_view_as_real");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_view_as_real");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_view_as_complex(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 5392 "spec/torch_api.yaml"
        return sffi::new_tensor(at::view_as_complex(input));
#line 4838 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_view_as_complex");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_view_as_complex");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_view_as_complex");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_bool(int64_t input_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 5407 "spec/torch_api.yaml"
        return sffi::new_tensor(input.to(at::kBool, false, false, sffi::memory_format_arg(memory_format)));
#line 4859 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_bool");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_bool");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_bool");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_byte(int64_t input_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 5420 "spec/torch_api.yaml"
        return sffi::new_tensor(input.to(at::kByte, false, false, sffi::memory_format_arg(memory_format)));
#line 4880 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_byte");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_byte");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_byte");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_char(int64_t input_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 5433 "spec/torch_api.yaml"
        return sffi::new_tensor(input.to(at::kChar, false, false, sffi::memory_format_arg(memory_format)));
#line 4901 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_char");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_char");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_char");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_short(int64_t input_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 5446 "spec/torch_api.yaml"
        return sffi::new_tensor(input.to(at::kShort, false, false, sffi::memory_format_arg(memory_format)));
#line 4922 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_short");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_short");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_short");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_int(int64_t input_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 5459 "spec/torch_api.yaml"
        return sffi::new_tensor(input.to(at::kInt, false, false, sffi::memory_format_arg(memory_format)));
#line 4943 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_int");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_int");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_int");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_long(int64_t input_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 5472 "spec/torch_api.yaml"
        return sffi::new_tensor(input.to(at::kLong, false, false, sffi::memory_format_arg(memory_format)));
#line 4964 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_long");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_long");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_long");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_half(int64_t input_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 5485 "spec/torch_api.yaml"
        return sffi::new_tensor(input.to(at::kHalf, false, false, sffi::memory_format_arg(memory_format)));
#line 4985 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_half");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_half");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_half");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_bfloat16(int64_t input_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 5498 "spec/torch_api.yaml"
        return sffi::new_tensor(input.to(at::kBFloat16, false, false, sffi::memory_format_arg(memory_format)));
#line 5006 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_bfloat16");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_bfloat16");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_bfloat16");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_float(int64_t input_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 5511 "spec/torch_api.yaml"
        return sffi::new_tensor(input.to(at::kFloat, false, false, sffi::memory_format_arg(memory_format)));
#line 5027 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_float");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_float");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_float");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_double(int64_t input_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 5524 "spec/torch_api.yaml"
        return sffi::new_tensor(input.to(at::kDouble, false, false, sffi::memory_format_arg(memory_format)));
#line 5048 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_double");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_double");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_double");
        return 0;
    }
}

RT_TORCH_API void rt_torch_torchtensor_add_(int64_t handle_, int64_t other_, double alpha_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, other] = sffi::tensor_args<2>({handle_, other_}, {"handle", "other"});
        const double alpha = alpha_;
        const sffi::ExclusiveCall call_lock;
#line 1799 "spec/torch_api.yaml"
        handle.add_(other, sffi::multiplier(alpha));
#line 5069 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_add_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_add_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_add_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_add_scalar_(int64_t handle_, double scalar_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const double scalar = scalar_;
        const sffi::ExclusiveCall call_lock;
#line 1812 "spec/torch_api.yaml"
        handle.add_(scalar);
#line 5087 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_add_scalar_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_add_scalar_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_add_scalar_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_add_tensor_(int64_t input_, int64_t other_, double alpha_, int64_t alpha_int, int32_t alpha_kind) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const c10::Scalar alpha = sffi::scalar_arg(alpha_, alpha_int, alpha_kind, "alpha");
        const sffi::ExclusiveCall call_lock;
#line 1827 "spec/torch_api.yaml"
        input.add_(other, alpha);
#line 5105 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_add_tensor_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_add_tensor_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_add_tensor_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_add_scalar_v2_(int64_t input_, double other_, int64_t other_int, int32_t other_kind, double alpha_, int64_t alpha_int, int32_t alpha_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const c10::Scalar alpha = sffi::scalar_arg(alpha_, alpha_int, alpha_kind, "alpha");
        const sffi::ExclusiveCall call_lock;
#line 1842 "spec/torch_api.yaml"
        input.add_(other, alpha);
#line 5124 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_add_scalar_v2_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_add_scalar_v2_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_add_scalar_v2_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_mul_(int64_t handle_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, other] = sffi::tensor_args<2>({handle_, other_}, {"handle", "other"});
        const sffi::ExclusiveCall call_lock;
#line 1855 "spec/torch_api.yaml"
        handle.mul_(other);
#line 5141 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_mul_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_mul_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_mul_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_mul_scalar_(int64_t handle_, double scalar_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const double scalar = scalar_;
        const sffi::ExclusiveCall call_lock;
#line 1867 "spec/torch_api.yaml"
        handle.mul_(scalar);
#line 5159 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_mul_scalar_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_mul_scalar_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_mul_scalar_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_mul_scalar_v2_(int64_t input_, double other_, int64_t other_int, int32_t other_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const sffi::ExclusiveCall call_lock;
#line 1880 "spec/torch_api.yaml"
        input.mul_(other);
#line 5177 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_mul_scalar_v2_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_mul_scalar_v2_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_mul_scalar_v2_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_addcmul_(int64_t handle_, int64_t tensor1_, int64_t tensor2_, double value_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, tensor1, tensor2] = sffi::tensor_args<3>({handle_, tensor1_, tensor2_}, {"handle", "tensor1", "tensor2"});
        const double value = value_;
        const sffi::ExclusiveCall call_lock;
#line 1895 "spec/torch_api.yaml"
        handle.addcmul_(tensor1, tensor2, sffi::multiplier(value));
#line 5195 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_addcmul_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_addcmul_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_addcmul_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_addcdiv_(int64_t handle_, int64_t tensor1_, int64_t tensor2_, double value_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, tensor1, tensor2] = sffi::tensor_args<3>({handle_, tensor1_, tensor2_}, {"handle", "tensor1", "tensor2"});
        const double value = value_;
        const sffi::ExclusiveCall call_lock;
#line 1909 "spec/torch_api.yaml"
        handle.addcdiv_(tensor1, tensor2, sffi::multiplier(value));
#line 5213 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_addcdiv_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_addcdiv_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_addcdiv_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_lerp_(int64_t handle_, int64_t end_, double weight_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, end] = sffi::tensor_args<2>({handle_, end_}, {"handle", "end"});
        const double weight = weight_;
        const sffi::ExclusiveCall call_lock;
#line 1922 "spec/torch_api.yaml"
        handle.lerp_(end, weight);
#line 5231 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_lerp_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_lerp_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_lerp_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_zero_(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::ExclusiveCall call_lock;
#line 1933 "spec/torch_api.yaml"
        handle.zero_();
#line 5248 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_zero_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_zero_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_zero_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_copy_(int64_t handle_, int64_t src_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, src] = sffi::tensor_args<2>({handle_, src_}, {"handle", "src"});
        const sffi::ExclusiveCall call_lock;
#line 1945 "spec/torch_api.yaml"
        handle.copy_(src);
#line 5265 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_copy_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_copy_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_copy_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_normal_(int64_t input_, double mean_, double std_arg_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const double mean = mean_;
        const double std_arg = std_arg_;
        const sffi::ExclusiveCall call_lock;
#line 5537 "spec/torch_api.yaml"
        input.normal_(mean, std_arg);
#line 5284 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_normal_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_normal_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_normal_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_sub_tensor_(int64_t input_, int64_t other_, double alpha_, int64_t alpha_int, int32_t alpha_kind) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const c10::Scalar alpha = sffi::scalar_arg(alpha_, alpha_int, alpha_kind, "alpha");
        const sffi::ExclusiveCall call_lock;
#line 8584 "spec/torch_api.yaml"
        input.sub_(other, alpha);
#line 5302 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_sub_tensor_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_sub_tensor_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_sub_tensor_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_sub_scalar_(int64_t input_, double other_, int64_t other_int, int32_t other_kind, double alpha_, int64_t alpha_int, int32_t alpha_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const c10::Scalar alpha = sffi::scalar_arg(alpha_, alpha_int, alpha_kind, "alpha");
        const sffi::ExclusiveCall call_lock;
#line 8599 "spec/torch_api.yaml"
        input.sub_(other, alpha);
#line 5321 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_sub_scalar_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_sub_scalar_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_sub_scalar_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_div_tensor_(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::ExclusiveCall call_lock;
#line 8613 "spec/torch_api.yaml"
        input.div_(other);
#line 5338 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_div_tensor_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_div_tensor_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_div_tensor_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_div_tensor_mode_(int64_t input_, int64_t other_, const char* rounding_mode_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const std::optional<std::string_view> rounding_mode = sffi::optional_enum_arg(rounding_mode_, "rounding_mode", {"trunc", "floor"}, sffi::Code::other);
        const sffi::ExclusiveCall call_lock;
#line 8629 "spec/torch_api.yaml"
        input.div_(other, rounding_mode);
#line 5356 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_div_tensor_mode_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_div_tensor_mode_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_div_tensor_mode_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_div_scalar_(int64_t input_, double other_, int64_t other_int, int32_t other_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const sffi::ExclusiveCall call_lock;
#line 8643 "spec/torch_api.yaml"
        input.div_(other);
#line 5374 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_div_scalar_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_div_scalar_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_div_scalar_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_div_scalar_mode_(int64_t input_, double other_, int64_t other_int, int32_t other_kind, const char* rounding_mode_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const std::optional<std::string_view> rounding_mode = sffi::optional_enum_arg(rounding_mode_, "rounding_mode", {"trunc", "floor"}, sffi::Code::other);
        const sffi::ExclusiveCall call_lock;
#line 8659 "spec/torch_api.yaml"
        input.div_(other, rounding_mode);
#line 5393 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_div_scalar_mode_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_div_scalar_mode_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_div_scalar_mode_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_fill_scalar_(int64_t input_, double value_, int64_t value_int, int32_t value_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar value = sffi::scalar_arg(value_, value_int, value_kind, "value");
        const sffi::ExclusiveCall call_lock;
#line 8673 "spec/torch_api.yaml"
        input.fill_(value);
#line 5411 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_fill_scalar_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_fill_scalar_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_fill_scalar_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_fill_tensor_(int64_t input_, int64_t value_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, value] = sffi::tensor_args<2>({input_, value_}, {"input", "value"});
        const sffi::ExclusiveCall call_lock;
#line 8687 "spec/torch_api.yaml"
        input.fill_(value);
#line 5428 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_fill_tensor_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_fill_tensor_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_fill_tensor_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_clamp_(int64_t input_, double min_, int64_t min_int, int32_t min_kind, double max_, int64_t max_int, int32_t max_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<c10::Scalar> min = sffi::optional_scalar_arg(min_, min_int, min_kind, "min");
        const std::optional<c10::Scalar> max = sffi::optional_scalar_arg(max_, max_int, max_kind, "max");
        const sffi::ExclusiveCall call_lock;
#line 8702 "spec/torch_api.yaml"
        input.clamp_(min, max);
#line 5447 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_clamp_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_clamp_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_clamp_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_clamp_tensor_(int64_t input_, int64_t min_, int64_t max_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<at::Tensor> min = sffi::optional_tensor_arg(min_, "min");
        const std::optional<at::Tensor> max = sffi::optional_tensor_arg(max_, "max");
        const sffi::ExclusiveCall call_lock;
#line 8716 "spec/torch_api.yaml"
        input.clamp_(min, max);
#line 5466 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_clamp_tensor_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_clamp_tensor_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_clamp_tensor_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_sqrt_(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::ExclusiveCall call_lock;
#line 8729 "spec/torch_api.yaml"
        input.sqrt_();
#line 5483 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_sqrt_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_sqrt_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_sqrt_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_exp_(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::ExclusiveCall call_lock;
#line 8741 "spec/torch_api.yaml"
        input.exp_();
#line 5500 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_exp_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_exp_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_exp_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_log_(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::ExclusiveCall call_lock;
#line 8753 "spec/torch_api.yaml"
        input.log_();
#line 5517 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_log_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_log_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_log_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_neg_(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::ExclusiveCall call_lock;
#line 8765 "spec/torch_api.yaml"
        input.neg_();
#line 5534 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_neg_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_neg_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_neg_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_abs_(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::ExclusiveCall call_lock;
#line 8777 "spec/torch_api.yaml"
        input.abs_();
#line 5551 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_abs_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_abs_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_abs_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_pow_scalar_(int64_t input_, double exponent_, int64_t exponent_int, int32_t exponent_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar exponent = sffi::scalar_arg(exponent_, exponent_int, exponent_kind, "exponent");
        const sffi::ExclusiveCall call_lock;
#line 8790 "spec/torch_api.yaml"
        input.pow_(exponent);
#line 5569 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_pow_scalar_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_pow_scalar_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_pow_scalar_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_pow_tensor_(int64_t input_, int64_t exponent_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, exponent] = sffi::tensor_args<2>({input_, exponent_}, {"input", "exponent"});
        const sffi::ExclusiveCall call_lock;
#line 8804 "spec/torch_api.yaml"
        input.pow_(exponent);
#line 5586 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_pow_tensor_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_pow_tensor_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_pow_tensor_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_masked_fill_scalar_(int64_t input_, int64_t mask_, double value_, int64_t value_int, int32_t value_kind) noexcept {
    sffi::begin_call();
    try {
        const auto [input, mask] = sffi::tensor_args<2>({input_, mask_}, {"input", "mask"});
        const c10::Scalar value = sffi::scalar_arg(value_, value_int, value_kind, "value");
        const sffi::ExclusiveCall call_lock;
#line 8819 "spec/torch_api.yaml"
        input.masked_fill_(mask, value);
#line 5604 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_masked_fill_scalar_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_masked_fill_scalar_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_masked_fill_scalar_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_masked_fill_tensor_(int64_t input_, int64_t mask_, int64_t value_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, mask, value] = sffi::tensor_args<3>({input_, mask_, value_}, {"input", "mask", "value"});
        const sffi::ExclusiveCall call_lock;
#line 8834 "spec/torch_api.yaml"
        input.masked_fill_(mask, value);
#line 5621 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_masked_fill_tensor_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_masked_fill_tensor_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_masked_fill_tensor_");
    }
}

}  // extern "C"
